import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { Endpoint } from '@vn-portal/schema';
import { compressionThreshold } from './compression.js';

/** A weak validator of a response body: equal bodies, equal tags, across server processes. */
export function etagOf(payload: string | Buffer): string {
  return `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
}

export type ContentCoding = 'br' | 'gzip';

interface Serialized {
  payload: Buffer;
  etag?: string;
  /** The payload compressed, by coding, as first asked for. */
  encoded?: Partial<Record<ContentCoding, Buffer>>;
}

// Bodies their producer promised never to change (see `reusableBodyWithPayload`), with their JSON
// and ETag once computed. Weak: an entry goes when the producer's cache lets go of the body.
const serializedBodies = new WeakMap<object, Serialized>();

/**
 * Marks a response body that is never mutated after this call (a cached search result), with its
 * JSON already written by a producer that keeps the parts of its answers serialized (see
 * `SearchEngine`): every answer sending it reuses that text and one ETag. `payload` must be the
 * body's JSON.
 */
export function reusableBodyWithPayload<T extends object>(body: T, payload: Buffer): T {
  serializedBodies.set(body, { payload });
  return body;
}

/** The JSON of a body and, when asked, its ETag; the ETag computed once for bodies marked reusable. */
export function serializeBody(body: unknown, withEtag: boolean): { payload: string | Buffer; etag: string | undefined } {
  if (typeof body === 'string') return { payload: body, etag: withEtag ? etagOf(body) : undefined };
  const entry = typeof body === 'object' && body !== null ? serializedBodies.get(body) : undefined;
  if (!entry) {
    const payload = JSON.stringify(body);
    return { payload, etag: withEtag ? etagOf(payload) : undefined };
  }
  if (withEtag && entry.etag === undefined) entry.etag = etagOf(entry.payload);
  return { payload: entry.payload, etag: withEtag ? entry.etag : undefined };
}

/**
 * The coding an answer is compressed with for this `Accept-Encoding`, chosen as @fastify/compress
 * chooses it: the highest q-value, brotli before gzip at equal ones, `*` and `x-gzip` as gzip.
 */
export function acceptedCoding(header: string | undefined): ContentCoding | undefined {
  let best: ContentCoding | undefined;
  let bestWeight = 0;
  for (const part of header?.toLowerCase().split(',') ?? []) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const coding = name === 'br' ? 'br' : name === 'gzip' || name === 'x-gzip' || name === '*' ? 'gzip' : undefined;
    const weight = Number(parameters.find((parameter) => parameter.startsWith('q='))?.slice(2) ?? 1);
    if (coding !== undefined && (weight > bestWeight || (weight === bestWeight && weight > 0 && coding === 'br'))) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

// As @fastify/compress compresses: brotli at quality 4 (11 costs far more for a few per cent).
const compressors: Record<ContentCoding, (payload: Buffer) => Buffer> = {
  br: (payload) => zlib.brotliCompressSync(payload, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (payload) => zlib.gzipSync(payload),
};

/**
 * A reusable body's payload compressed with `coding`, compressed on first use and kept with the
 * body: a cached search answer is compressed once, not again for every client that accepts it.
 * Undefined for other bodies and for payloads too small to compress (see `compressionThreshold`),
 * which @fastify/compress handles as it does every other answer.
 */
export function encodedPayload(body: unknown, coding: ContentCoding): Buffer | undefined {
  const entry = typeof body === 'object' && body !== null ? serializedBodies.get(body) : undefined;
  if (!entry || entry.payload.length < compressionThreshold) return undefined;
  entry.encoded ??= {};
  return (entry.encoded[coding] ??= compressors[coding](entry.payload));
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const wanted = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === wanted);
}

/**
 * Counts that move every second (the route says `revalidateAlways`) are revalidated on each use,
 * cheap with the ETag; the rest may be reused for a minute, which is how long an edit may take to
 * show on an embedding site.
 */
export function cacheControlFor(endpoint: Pick<Endpoint, 'revalidateAlways'>, admin: boolean): string {
  if (admin) return 'no-store';
  if (endpoint.revalidateAlways === true) return 'public, no-cache';
  return 'public, max-age=60, stale-while-revalidate=300';
}
