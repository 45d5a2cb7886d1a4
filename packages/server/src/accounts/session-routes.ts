import { sessionEndpoints, type SessionUser, type SignIn } from '@vn-portal/schema';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { routePath } from '../http/contract-routes.js';
import { ProblemError } from '../http/problem.js';
import { parsePart } from '../http/request-parsing.js';
import { assertSameOrigin } from '../http/same-origin.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { clearedSessionCookie, endSession, resumeSession, sessionCookie, sessionIdOf, sessionLifetime, startSession } from './sessions.js';
import { assertNotLocked, clearFailures, recordFailure, signInLimits, type ThrottleKey } from './sign-in-throttle.js';
import { accountOf, findActiveUser } from './user-accounts.js';

const wrongCredentials = () => new ProblemError(401, 'unauthorized', 'Unknown username or wrong password');

function sendUser(reply: FastifyReply, user: SessionUser): FastifyReply {
  return reply.code(200).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(JSON.stringify(user));
}

/**
 * Checks a password; the same work and the same answer whether or not the account exists, and
 * every failure counted against the username and the address before a lock.
 */
async function signIn(request: FastifyRequest, reply: FastifyReply, context: AppContext): Promise<FastifyReply> {
  assertSameOrigin(request, context.config.publicOrigins);
  const credentials = parsePart(sessionEndpoints.signIn.body, request.body, 422, 'body') as SignIn;
  const now = context.now();
  const account: ThrottleKey = { key: context.secrets.signInHash(`account:${credentials.username}`), limit: signInLimits.account };
  const address: ThrottleKey = { key: context.secrets.signInHash(`address:${request.ip}`), limit: signInLimits.address };
  await assertNotLocked(context.db, [account, address], now);
  const user = await findActiveUser(context.db, credentials.username);
  const valid = await verifyPassword(credentials.password, user?.password_hash ?? (await decoyHash()));
  if (user === undefined || !valid) {
    await recordFailure(context.db, [account, address], now);
    throw wrongCredentials();
  }
  await clearFailures(context.db, account);
  const previous = sessionIdOf(request.headers.cookie);
  if (previous !== undefined) await endSession(context.db, context.secrets, previous);
  const session = await startSession(context.db, context.secrets, user, now);
  reply.header('set-cookie', sessionCookie(session.id, sessionLifetime.absoluteMs / 1000));
  return sendUser(reply, session.user);
}

async function getSession(request: FastifyRequest, reply: FastifyReply, context: AppContext): Promise<FastifyReply> {
  const id = sessionIdOf(request.headers.cookie);
  const session = id === undefined ? undefined : await resumeSession(context.db, context.secrets, id, context.now());
  if (session === undefined) throw new ProblemError(401, 'unauthorized', 'Not signed in');
  return sendUser(reply, { ...accountOf(session.row), expiresAt: session.expiresAt });
}

/** Ends the session on the server, not only in the browser: a copied cookie stops working too. */
async function signOut(request: FastifyRequest, reply: FastifyReply, context: AppContext): Promise<FastifyReply> {
  assertSameOrigin(request, context.config.publicOrigins);
  const id = sessionIdOf(request.headers.cookie);
  if (id !== undefined) await endSession(context.db, context.secrets, id);
  return reply.code(204).header('cache-control', 'no-store').header('set-cookie', clearedSessionCookie).send();
}

const handlers = { signIn, getSession, signOut };

/** The console's sign-in, session and sign-out, on the paths the contract gives them. */
export function registerSessionRoutes(app: FastifyInstance, context: AppContext): void {
  for (const [operationId, handler] of Object.entries(handlers) as [keyof typeof handlers, (typeof handlers)[keyof typeof handlers]][]) {
    const endpoint = sessionEndpoints[operationId];
    app.route({ method: endpoint.method, url: routePath(endpoint.path), handler: (request, reply) => handler(request, reply, context) });
  }
}
