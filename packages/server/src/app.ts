import type { ServerResponse } from 'node:http';
import cors, { type FastifyCorsOptions } from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { api, proofOfWorkHeader, type Endpoint } from '@vn-portal/schema';
import { buildOpenApiDocument } from '@vn-portal/schema/openapi';
import helmet from 'helmet';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { backupStatus } from './backups/schedule.js';
import { connectRedis } from './cluster/redis.js';
import type { ServerConfig } from './config.js';
import type { AppContext } from './context.js';
import { createDatabase, type Database } from './db/database.js';
import { registerSessionRoutes } from './accounts/session-routes.js';
import { registerConsole } from './console/console-site.js';
import { registerDemoSite } from './demo/demo-site.js';
import { renderApiDocsPage } from './docs/api-docs-page.js';
import { registerCompression } from './http/compression.js';
import { registerContractRoutes, registerMethodNotAllowed, routePath } from './http/contract-routes.js';
import { answerClientError, installErrorHandling, sendProblem } from './http/error-handling.js';
import type { HandlerMap, Resource, ResourceFactory, TargetAgencies } from './http/handler.js';
import { OriginPolicy } from './http/origin-policy.js';
import { ProblemError } from './http/problem.js';
import { installJsonBodyParser } from './http/request-parsing.js';
import { resourceFactories } from './resources.js';
import { loadMasterKey } from './security/master-key.js';
import { Secrets } from './security/secrets.js';

export interface AppOptions {
  config: ServerConfig;
  /** An open (and migrated) database; without one, the configured database is opened and closed with the app. */
  database?: Database;
  /** The clock; tests move it. */
  now?: () => Date;
  /** Pino logging, to stdout or to the stream given; off unless asked, so tests stay quiet. */
  logger?: boolean | { stream: { write(line: string): void } };
  /** The resources to serve; every one by default. */
  resources?: readonly ResourceFactory[];
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Personal data never reaches the logs: no addresses, no query strings, no credentials. */
const loggerOptions = (level: string, stream?: { write(line: string): void }) => ({
  level,
  ...(stream === undefined ? {} : { stream }),
  redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.asker', '*.email', '*.phone', '*.contact'], censor: '[redacted]' },
  serializers: {
    req: (request: FastifyRequest) => ({ id: request.id, method: request.method, url: request.url.split('?')[0] }),
  },
});

const corsBase = {
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-None-Match', proofOfWorkHeader],
  exposedHeaders: ['ETag', 'Retry-After', 'Location'],
  maxAge: 600,
} satisfies FastifyCorsOptions;
// The answers that do not depend on the origin are built once, not on every request.
const corsAnyone: FastifyCorsOptions = Object.freeze({ ...corsBase, origin: '*' });
const corsRefused: FastifyCorsOptions = Object.freeze({ ...corsBase, origin: false });
// A page whose origin no agency allows may send a browser write and read the answer, which is
// always the refusal (403 `origin-not-allowed`, before the body is checked, or 415): otherwise the
// browser hides it and the page can only blame the network. No API key header: nothing else.
const corsStranger: Omit<FastifyCorsOptions, 'origin'> = Object.freeze({ ...corsBase, methods: ['POST'], allowedHeaders: corsBase.allowedHeaders.filter((name) => name !== 'Authorization') });

const browserWritePaths = (Object.values(api) as Endpoint[]).filter((endpoint) => endpoint.browserWrite === true).map((endpoint) => new RegExp(`^${routePath(endpoint.path).replace(/:\w+/g, '[^/]+')}$`));
const isBrowserWrite = (url: string) => browserWritePaths.some((path) => path.test(url.split('?')[0] ?? ''));

/** CORS: anyone may read; browsers may write only from origins some agency allows. */
function corsDelegate(origins: OriginPolicy) {
  return (request: FastifyRequest, callback: (error: Error | null, options: FastifyCorsOptions) => void) => {
    const origin = request.headers.origin;
    const requested = request.headers['access-control-request-method'];
    const method = (typeof requested === 'string' ? requested : request.method).toUpperCase();
    if (!writeMethods.has(method)) {
      callback(null, corsAnyone);
      return;
    }
    // A write never answers `*`, whoever sends it.
    if (origin === undefined) {
      callback(null, corsRefused);
      return;
    }
    origins.isKnown(origin).then(
      (known) => {
        if (known) callback(null, { ...corsBase, origin });
        else callback(null, isBrowserWrite(request.url) ? { ...corsStranger, origin } : corsRefused);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), corsBase);
      },
    );
  };
}

/**
 * What helmet's middleware uses of a response (it only sets and removes headers), kept in the
 * reply's own headers. A header set on the raw response sends every header of the answer through
 * Node's slow path at `writeHead`, each validated and merged one by one.
 */
class ReplyHeaders {
  constructor(private readonly reply: FastifyReply) {}

  setHeader(name: string, value: string): void {
    this.reply.header(name, value);
  }

  removeHeader(name: string): void {
    this.reply.removeHeader(name);
  }
}

/** Builds the API server; `app.inject()` runs requests through it without a socket. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const database = options.database ?? createDatabase(config);
  const app = Fastify({
    logger: options.logger === undefined || options.logger === false ? false : loggerOptions(config.logLevel, options.logger === true ? undefined : options.logger.stream),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    clientErrorHandler: answerClientError,
    // Node would answer an HTTP/1.1 request without Host with an empty 400 of its own; the hook below answers it as a problem.
    http: { requireHostHeader: false },
    // Bad percent-encoding in a URL is the client's error, answered like every other.
    frameworkErrors: (_error, _request, reply) => {
      void sendProblem(reply, new ProblemError(400, 'malformed-request', 'The URL is not valid'));
    },
  });
  // JSON only: other bodies get 415 instead of being read as text.
  app.removeContentTypeParser('text/plain');
  installJsonBodyParser(app);

  const origins = new OriginPolicy(database.db);
  const redis = config.redisUrl === undefined ? undefined : connectRedis(config.redisUrl, config.redisKeyPrefix, app.log);
  const context: AppContext = {
    db: database.db,
    database,
    config,
    secrets: new Secrets(loadMasterKey(config.encryptionKey, config.dataDir)),
    origins,
    redis,
    log: app.log,
    now: options.now ?? (() => new Date()),
  };

  // Helmet's defaults (a strict CSP among them), but the API's answers are read cross-origin by design,
  // and Fastify sends no X-Powered-By for helmet to remove. Helmet's own middleware, made once:
  // @fastify/helmet makes it anew for every request, which cost more than a cached search answer's whole handling.
  const securityHeaders = helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' }, xPoweredBy: false });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, new ReplyHeaders(reply) as unknown as ServerResponse, () => undefined);
    done(request.raw.httpVersion === '1.1' && request.headers.host === undefined ? new ProblemError(400, 'malformed-request', 'An HTTP/1.1 request must name its Host') : undefined);
  });
  await registerCompression(app);
  await app.register(cors, { delegator: corsDelegate(origins) });
  await app.register(rateLimit, {
    global: false,
    // With Redis, every process counts against the same limits (see `rateLimitHook` for the keys).
    ...(redis === undefined ? {} : { redis, nameSpace: 'rate-limit:' }),
    errorResponseBuilder: (_request, context) =>
      new ProblemError(429, 'rate-limited', `Try again in ${context.after}`, undefined, { 'retry-after': String(Math.ceil(context.ttl / 1000)) }),
  });
  installErrorHandling(app, config.rateLimits === false ? false : config.rateLimits.notFound);

  const resources: Resource[] = [];
  for (const factory of options.resources ?? resourceFactories) resources.push(await factory(context));
  const handlers: Partial<HandlerMap> = Object.assign({}, ...resources.map((resource) => resource.handlers)) as Partial<HandlerMap>;
  const targetAgencies = Object.assign({}, ...resources.map((resource) => resource.targetAgencies)) as TargetAgencies;
  registerContractRoutes(app, context, handlers, config.rateLimits, targetAgencies);
  registerSessionRoutes(app, context);
  registerMethodNotAllowed(app);

  const openApiDocument = JSON.stringify(buildOpenApiDocument());
  const docsPage = renderApiDocsPage();
  app.get('/api/v1/openapi.json', (_request, reply) => reply.type('application/json; charset=utf-8').header('cache-control', 'public, max-age=300').send(openApiDocument));
  app.get('/api/v1/docs', (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(docsPage));
  await registerDemoSite(app);
  registerConsole(app);
  app.get('/healthz', (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(database.db);
    } catch {
      throw new ProblemError(503, 'unavailable', 'The database does not answer');
    }
    if (redis !== undefined && (await redis.ping().catch(() => undefined)) !== 'PONG') throw new ProblemError(503, 'unavailable', 'Redis does not answer');
    // An overdue backup does not make the server unready: it is reported for someone to look at.
    const backup = await backupStatus(database.db, config.backupIntervalHours, context.now());
    return reply.header('cache-control', 'no-store').send({ status: 'ready', database: database.dialect, ...(redis === undefined ? {} : { redis: 'ready' }), backup });
  });

  app.addHook('onClose', async () => {
    for (const resource of resources) await resource.close?.();
    if (options.database === undefined) await database.destroy();
    if (redis !== undefined) await redis.quit().catch(() => redis.disconnect());
  });
  return app;
}
