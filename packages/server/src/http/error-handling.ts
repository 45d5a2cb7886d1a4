import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { requestCausedDatabaseError } from '../db/errors.js';
import { ProblemError, problemMediaType } from './problem.js';

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
  return reply
    .code(problem.status)
    .headers({ ...problem.headers, 'cache-control': 'no-store' })
    .type(problemMediaType)
    .send(JSON.stringify(problem.toProblem(reply.request.url.split('?')[0])));
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
