import { api, apiBasePath, proofOfWorkHeader, type Endpoint, type OperationId } from '@vn-portal/schema';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { authenticateRequest } from '../accounts/authentication.js';
import { assertKeyMayCall } from '../admin/key-scope.js';
import { recordChange } from '../admin/audit-log.js';
import { spendChallenge, verifyProof } from '../bot-check/challenges.js';
import type { RateLimits } from '../config.js';
import type { AppContext } from '../context.js';
import { changeOf } from './audited-change.js';
import { acceptedCoding, cacheControlFor, encodedPayload, matchesIfNoneMatch, serializeBody } from './conditional-get.js';
import type { AnyHandlerInput, ClientInfo, HandlerMap, Principal, TargetAgencies } from './handler.js';
import { isOwnOrigin } from './origin-policy.js';
import { fingerprintOf, runOnce, validIdempotencyKey, type StoredResponse } from './idempotency.js';
import { OriginRefusal, ProblemError } from './problem.js';
import { normalizeQuery, parsePart } from './request-parsing.js';
import { rateLimitHook } from './rate-limiting.js';

/** `/polls/{id}/votes` → `/api/v1/polls/:id/votes`. */
export function routePath(path: string): string {
  return apiBasePath + path.replace(/\{(\w+)\}/g, ':$1');
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function clientOf(request: FastifyRequest, publicOrigins: readonly string[]): ClientInfo {
  const idempotencyKey = headerValue(request.headers['idempotency-key']);
  if (idempotencyKey !== undefined && !validIdempotencyKey(idempotencyKey)) {
    throw new ProblemError(400, 'malformed-request', 'Idempotency-Key must be 8 to 128 visible ASCII characters');
  }
  const origin = headerValue(request.headers.origin);
  return {
    ip: request.ip,
    userAgent: headerValue(request.headers['user-agent']) ?? '',
    // The server's own pages need no allowlist entry.
    origin: origin === undefined || isOwnOrigin(origin, publicOrigins, { localPort: request.socket.localPort, clientIp: request.ip }) ? undefined : origin,
    idempotencyKey,
    proofOfWork: headerValue(request.headers[proofOfWorkHeaderName]),
  };
}

type TargetAgency = (params: unknown, context: AppContext) => Promise<string | undefined>;

const proofOfWorkHeaderName = proofOfWorkHeader.toLowerCase();

async function checkOrigin(context: AppContext, client: ClientInfo, body: unknown): Promise<void> {
  const { origin } = client;
  // Requests without Origin come from servers and scripts, not from a page in a browser.
  if (origin === undefined) return;
  const agency = typeof body === 'object' && body !== null && 'agency' in body && typeof body.agency === 'string' ? body.agency : undefined;
  if (!(await context.origins.allows(origin, agency))) throw new OriginRefusal(origin, agency);
}

async function authorize(request: FastifyRequest, context: AppContext, operationId: OperationId, endpoint: Endpoint): Promise<Principal | undefined> {
  if (endpoint.role === undefined) return undefined;
  const principal = await authenticateRequest(request, context);
  assertKeyMayCall(principal, operationId, endpoint.role);
  return principal;
}

/** The agency a refused write was for, when its path tells; never a reason for another answer than the refusal. */
async function refusedAgency(request: FastifyRequest, context: AppContext, endpoint: Endpoint, targetAgency: TargetAgency | undefined): Promise<string | undefined> {
  const body = request.body;
  // Echoed only when it looks like an agency's code: the body has not been checked.
  if (typeof body === 'object' && body !== null && 'agency' in body && typeof body.agency === 'string') return /^[a-z0-9-]{1,100}$/.test(body.agency) ? body.agency : undefined;
  if (targetAgency === undefined || endpoint.params === undefined) return undefined;
  try {
    return await targetAgency(parsePart(endpoint.params, request.params, 400, 'path'), context);
  } catch {
    return undefined;
  }
}

async function readInput(request: FastifyRequest, context: AppContext, operationId: OperationId, endpoint: Endpoint, targetAgency: TargetAgency | undefined): Promise<AnyHandlerInput> {
  const principal = await authorize(request, context, operationId, endpoint);
  const client = clientOf(request, context.config.publicOrigins);
  // A page of a site no agency allows is refused before its body is even read (checked).
  if (endpoint.browserWrite === true && client.origin !== undefined && !(await context.origins.isKnown(client.origin))) {
    throw new OriginRefusal(client.origin, await refusedAgency(request, context, endpoint, targetAgency));
  }
  const params = endpoint.params ? parsePart(endpoint.params, request.params, 400, 'path') : undefined;
  const query = endpoint.query ? parsePart(endpoint.query, normalizeQuery(endpoint.query, request.query as Record<string, unknown>), 400, 'query') : undefined;
  // The file parsers give bytes to upload operations only; the others take JSON alone.
  if (Buffer.isBuffer(request.body) !== (endpoint.upload !== undefined)) {
    throw new ProblemError(415, 'unsupported-media-type', endpoint.upload === undefined ? undefined : `The body must be one of ${endpoint.upload.mediaTypes.join(', ')}`);
  }
  const body = endpoint.body ? parsePart(endpoint.body, request.body, 422, 'body') : undefined;
  if (endpoint.browserWrite === true) await checkOrigin(context, client, body);
  return { params, query, body, principal, client };
}

/**
 * The proof of work of a flagged operation is checked and spent in the transaction of the write it
 * allows, after the idempotency check: a retry of a stored result needs no new proof.
 */
async function checkProofOfWork(scoped: AppContext, operationId: OperationId, client: ClientInfo): Promise<void> {
  const bits = scoped.config.proofOfWorkBits;
  if (bits === 0) return;
  await spendChallenge(scoped.db, verifyProof(scoped.secrets, client.proofOfWork, operationId, bits, scoped.now()));
}

/** An operation of the contract with the handler that serves it. */
interface Operation {
  operationId: OperationId;
  endpoint: Endpoint;
  handler: (input: AnyHandlerInput, context: AppContext) => Promise<unknown>;
}

/** The operation's handler, after the proof of work of an operation that asks for one. */
async function runHandler(scoped: AppContext, { operationId, endpoint, handler }: Operation, input: AnyHandlerInput): Promise<StoredResponse> {
  if (endpoint.proofOfWork === true) await checkProofOfWork(scoped, operationId, input.client);
  return { status: endpoint.status, body: await handler(input, scoped) };
}

function send(reply: FastifyReply, request: FastifyRequest, operationId: OperationId, endpoint: Endpoint, result: StoredResponse): FastifyReply {
  reply.code(result.status);
  if (endpoint.response === null || result.body === undefined) return reply.send();
  reply.type(`${endpoint.mediaType ?? 'application/json'}; charset=utf-8`);
  if (endpoint.mediaType === 'text/csv') reply.header('content-disposition', `attachment; filename="${operationId}.csv"`);
  const admin = endpoint.role !== undefined;
  const tagged = endpoint.method === 'GET' && !admin;
  const { payload, etag } = serializeBody(result.body, tagged);
  if (endpoint.method !== 'GET') return reply.header('cache-control', 'no-store').send(payload);
  reply.header('cache-control', cacheControlFor(endpoint, admin));
  if (etag === undefined) return reply.send(payload);
  reply.header('etag', etag);
  if (matchesIfNoneMatch(headerValue(request.headers['if-none-match']), etag)) return reply.code(304).send();
  const coding = acceptedCoding(headerValue(request.headers['accept-encoding']));
  const encoded = coding === undefined ? undefined : encodedPayload(result.body, coding);
  if (coding === undefined || encoded === undefined) return reply.send(payload);
  // Sent as it is: @fastify/compress leaves an answer with a Content-Encoding alone.
  const vary = reply.getHeader('vary');
  if (vary === undefined) reply.header('vary', 'accept-encoding');
  else if (!String(vary).toLowerCase().includes('accept-encoding')) reply.header('vary', `${String(vary)}, accept-encoding`);
  return reply.header('content-encoding', coding).send(encoded);
}

/**
 * Registers one route per operation of the contract that has a handler: parsing with the
 * operation's schemas, the roles of API keys and people's sessions, the origin allowlist for browser writes, idempotency keys,
 * the audit log of admin writes, ETags, and the success status the contract names.
 */
export function registerContractRoutes(
  app: FastifyInstance,
  context: AppContext,
  handlers: Partial<HandlerMap>,
  rateLimits: RateLimits | false,
  targetAgencies: TargetAgencies = {},
): void {
  installUploadParsers(app);
  for (const [operationId, endpoint] of Object.entries(api) as [OperationId, Endpoint][]) {
    // Each handler's input is what this operation's schemas produce, which `readInput` parses.
    const handler = handlers[operationId] as Operation['handler'] | undefined;
    if (handler === undefined) continue;
    const operation: Operation = { operationId, endpoint, handler };
    const limit = endpoint.rateLimit;
    const targetAgency = targetAgencies[operationId] as TargetAgency | undefined;
    app.route({
      method: endpoint.method,
      url: routePath(endpoint.path),
      ...(endpoint.upload === undefined ? {} : { bodyLimit: endpoint.upload.maxBytes }),
      ...(limit === undefined || rateLimits === false ? {} : { onRequest: rateLimitHook(app, operationId, limit, rateLimits) }),
      handler: async (request, reply) => {
        const input = await readInput(request, context, operationId, endpoint, targetAgency);
        const key = endpoint.idempotent === true ? input.client.idempotencyKey : undefined;
        const now = context.now();
        let result: StoredResponse;
        if (key !== undefined) {
          result = await runOnce(context.db, { operation: operationId, key, fingerprint: fingerprintOf([input.params, input.body]), now }, (transaction) =>
            runHandler({ ...context, db: transaction }, operation, input),
          );
        } else if (endpoint.proofOfWork === true) {
          result = await context.db.transaction().execute((transaction) => runHandler({ ...context, db: transaction }, operation, input));
        } else {
          result = await runHandler(context, operation, input);
        }
        // Every admin change is logged, and every export of personal data.
        if (input.principal !== undefined && (endpoint.method !== 'GET' || endpoint.mediaType === 'text/csv')) {
          await recordChange(context.db, input.principal, changeOf(operationId, endpoint, input.params, input.body, result.body), now);
        }
        return send(reply, request, operationId, endpoint, result);
      },
    });
  }
}

/** Files of upload operations (spreadsheets) reach their handlers as bytes, read up to each route's own limit. */
function installUploadParsers(app: FastifyInstance): void {
  const mediaTypes = new Set((Object.values(api) as Endpoint[]).flatMap((endpoint) => endpoint.upload?.mediaTypes ?? []));
  for (const mediaType of mediaTypes) {
    app.addContentTypeParser(mediaType, { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });
  }
}

const allMethods: HTTPMethods[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Paths of the contract answer other methods with 405 and an `Allow` header, not 404. */
export function registerMethodNotAllowed(app: FastifyInstance): void {
  const methodsByPath = new Map<string, Set<string>>();
  for (const endpoint of Object.values(api) as Endpoint[]) {
    const methods = methodsByPath.get(endpoint.path) ?? new Set<string>();
    methods.add(endpoint.method);
    methodsByPath.set(endpoint.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allowed = [...methods, ...(methods.has('GET') ? ['HEAD'] : [])];
    const others = allMethods.filter((method) => !methods.has(method));
    if (others.length === 0) continue;
    app.route({
      method: others,
      url: routePath(path),
      handler: () => {
        throw new ProblemError(405, 'method-not-allowed', undefined, undefined, { allow: [...allowed, 'OPTIONS'].join(', ') });
      },
    });
  }
}
