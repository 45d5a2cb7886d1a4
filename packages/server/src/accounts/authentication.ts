import type { FastifyRequest } from 'fastify';
import { authenticate } from '../admin/api-keys.js';
import type { AppContext } from '../context.js';
import type { Principal } from '../http/handler.js';
import { ProblemError } from '../http/problem.js';
import { assertSameOrigin, headerValue } from '../http/same-origin.js';
import { resumeSession, sessionIdOf } from './sessions.js';
import { principalOf } from './user-accounts.js';

const readMethods = new Set(['GET', 'HEAD']);

/**
 * Who an admin request acts as: the API key of its `Authorization` header (machines), else the
 * person whose session cookie it carries (the console), whose writes must come from the server's
 * own origin. 401 when neither is valid.
 */
export async function authenticateRequest(request: FastifyRequest, context: AppContext): Promise<Principal> {
  const authorization = headerValue(request.headers.authorization);
  const sessionId = authorization === undefined ? sessionIdOf(request.headers.cookie) : undefined;
  if (sessionId === undefined) return authenticate(context.db, context.secrets, authorization, context.now());
  if (!readMethods.has(request.method)) assertSameOrigin(request, context.config.publicOrigins);
  const session = await resumeSession(context.db, context.secrets, sessionId, context.now());
  if (session === undefined) throw new ProblemError(401, 'unauthorized', 'The session has ended: sign in again');
  return principalOf(session.row);
}
