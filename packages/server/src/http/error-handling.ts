import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { requestCausedDatabaseError } from '../db/errors.js';
import { problemBody, ProblemError, problemLanguage, problemMediaType } from './problem.js';

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/**
 * Turns anything thrown into a problem. Errors of the request (Fastify's parsing errors, a broken
 * constraint) keep their 4xx meaning; anything else is a 500 that says nothing about internals.
 */
export function toProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const status = statusOf(error);
  if (status === 413) return new ProblemError(413, 'payload-too-large');
  if (status === 415) return new ProblemError(415, 'unsupported-media-type');
  if (status === 404) return new ProblemError(404, 'not-found');
  if (status === 429) return new ProblemError(429, 'rate-limited');
  if (status !== undefined && status >= 400 && status < 500) {
    const detail = error instanceof SyntaxError ? 'The body is not valid JSON' : (error as FastifyError).message;
    return new ProblemError(400, 'malformed-request', detail);
  }
  const caused = requestCausedDatabaseError(error);
  if (caused === 'conflict') return new ProblemError(409, 'conflict', 'The change conflicts with existing data');
  if (caused === 'invalid-value') return new ProblemError(422, 'validation-failed', 'A value is out of the range the database can store');
  return new ProblemError(500, 'internal-error');
}

export function sendProblem(reply: FastifyReply, problem: ProblemError): FastifyReply {
  const language = problemLanguage(reply.request.headers['accept-language']);
  return reply
    .code(problem.status)
    .headers({ ...problem.headers, 'cache-control': 'no-store', 'content-language': language })
    .type(problemMediaType)
    .send(JSON.stringify(problem.toProblem(reply.request.url.split('?')[0], language)));
}

/** What Node's HTTP parser refuses before Fastify sees a request: the status and what to tell the client. */
function clientErrorAnswer(code: string | undefined): { status: number; detail: string } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, detail: 'The request headers are too large' };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, detail: 'The request did not arrive in time' };
  return { status: 400, detail: 'The request is not valid HTTP/1.1' };
}

/**
 * Answers a request Node's HTTP parser refused (a malformed request line, headers too large,
 * Content-Length beside Transfer-Encoding, a NUL in a header) with problem+json like every other
 * error, in the language of the `Accept-Language` header when the part read so far holds one.
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, detail } = clientErrorAnswer(error.code);
  const acceptLanguage = /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '')?.[1];
  const language = problemLanguage(acceptLanguage);
  const body = JSON.stringify(problemBody(status, 'malformed-request', detail, undefined, undefined, language));
  if (socket.writable) {
    socket.write(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
        `content-type: ${problemMediaType}; charset=utf-8`,
        `content-length: ${Buffer.byteLength(body)}`,
        `content-language: ${language}`,
        'cache-control: no-store',
        'x-content-type-options: nosniff',
        'connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy(error);
}

/** Problem+json for every error, unknown route and framework-level failure (bad URL encoding). */
export function installErrorHandling(app: FastifyInstance, notFoundRateLimit: number | false): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblemError(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler(
    // Probing for URLs is rate-limited like any other expensive path.
    { preHandler: notFoundRateLimit === false ? [] : app.rateLimit({ max: notFoundRateLimit, timeWindow: 60_000 }) },
    (_request, reply) => sendProblem(reply, new ProblemError(404, 'not-found')),
  );
}
