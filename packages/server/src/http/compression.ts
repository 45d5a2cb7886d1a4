import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Below this many bytes a compressed answer saves less than the headers it adds and the time it
 * takes; the API's small answers (a count, a vote's result) go as they are.
 */
export const compressionThreshold = 1024;

/**
 * Answers are compressed as the client accepts (brotli, then gzip), with `Vary: Accept-Encoding`:
 * JSON (pre-serialized strings included), problem details, HTML pages and stylesheets. The CDN files
 * are compressed at build time and sent as they are (see `demo-site.ts`): an answer that already
 * has a `Content-Encoding` is left alone. Request bodies are not decompressed: a compressed body
 * would let a small request grow past what the body limit is meant to bound before it is read.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: compressionThreshold,
    globalDecompression: false,
  });
}
