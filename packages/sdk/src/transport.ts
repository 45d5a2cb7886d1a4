import { safeParse, type AnySchema, type Language, type Problem, type Route } from '@vn-portal/schema';
import { apiBasePath, challengePath, proofOfWorkHeader } from '@vn-portal/schema/compact';
import ky, { HTTPError, TimeoutError, type Hooks, type Options as KyOptions, type RetryOptions, type ShouldRetryState } from 'ky';
import { ApiProblemError, PortalError, ResponseValidationError } from './errors.js';
import { randomToken } from './random-token.js';

export interface TransportOptions {
  /** Where the API lives: its origin (`https://api.tinh.gov.vn`) or its full base (`…/api/v1`). */
  baseUrl: string;
  /** Agency code sent with every operation that can be scoped to one agency, unless given per call. */
  agency?: string;
  /** Preferred language of localized text and problem titles (`Accept-Language`). */
  locale?: Language;
  /** A fetch to use instead of the global one (tests, server-side rendering, instrumentation). */
  fetch?: typeof fetch;
  /** ky's `timeout`: milliseconds before one attempt fails with a `timeout` error, or `false`. Default 10 000. */
  timeout?: KyOptions['timeout'];
  /**
   * ky's `retry`: how many times, or ky's retry options. Default: 2 retries of idempotent requests
   * (never a POST) after network errors and 408/413/429/5xx, waiting as `Retry-After` says, but not
   * when the server asks for more than 10 s: then the caller gets the 429/503 with `retryAfter`.
   */
  retry?: KyOptions['retry'];
  /**
   * ky's hooks, run for every request of this transport: `beforeRequest` (add a header, a trace id),
   * `afterResponse`, `beforeRetry`, `beforeError` (an answer outside 2xx; a 304 revalidation is
   * not one). Identical GETs in flight share one request, so its hooks run once for all callers.
   */
  hooks?: Hooks;
  /** Headers sent with every request (the admin client adds its API key here). */
  headers?: Record<string, string>;
  /**
   * Keep answers here and revalidate them with their ETags (`If-None-Match`). Default: outside
   * browsers only. A browser has an HTTP cache that serves the API's `max-age` answers without
   * a request and revalidates the others itself; an `If-None-Match` set by a script bypasses it, so
   * in browsers this stays off unless asked (e.g. to avoid the network when answers are `no-cache`).
   */
  etagCache?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** For operations that create something: a key the server uses to answer a retry with the first result. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** Solves a bot-check challenge first, as the routes flagged `proofOfWork` always do: for a vote in a poll that asks for it. */
  proofOfWork?: boolean;
}

/** Input of one operation: its path and query parameters by name, and `body` when it takes one. */
export type OperationInput = Record<string, unknown> & { body?: unknown };

/**
 * A route as a transport sends it: the contract's, whose response is a zod schema, or the compact
 * one browsers use (`@vn-portal/schema/compact`), whose response is a compact check.
 */
export type RouteLike = Omit<Route, 'response'> & { response: unknown };

export interface Transport {
  readonly options: Readonly<TransportOptions>;
  /** Sends one operation of the contract and returns its validated response body. */
  send(operationId: string, route: RouteLike, input?: OperationInput, options?: RequestOptions): Promise<unknown>;
}

/** Checks a response body against what its route declares, as zod's `safeParse` answers. */
export type ResponseValidator = (
  response: unknown,
  body: unknown,
) => { success: true; data: unknown } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };

interface Cached {
  etag: string;
  data: unknown;
}

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

const maxCachedResponses = 200;

function apiRoot(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith(apiBasePath) ? trimmed : `${trimmed}${apiBasePath}`;
}

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Path parameters fill the `{name}` slots; every other input but `body` goes to the query string. */
function buildUrl(root: string, route: RouteLike, input: OperationInput, defaultAgency: string | undefined): string {
  const { body, ...values } = input;
  if (route.agencyScoped && values.agency === undefined) values.agency = defaultAgency;
  const used = new Set<string>();
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) throw new TypeError(`missing path parameter "${name}"`);
    used.add(name);
    return encodeURIComponent(stringOf(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (used.has(key)) continue;
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (item !== undefined && item !== null) search.append(key, stringOf(item));
    }
  }
  const query = search.toString();
  return `${root}${path}${query ? `?${query}` : ''}`;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Checked by hand: the Problem schema would cost every page a few hundred bytes for error paths. */
function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { status, code, title } = body as Record<string, unknown>;
  return typeof status === 'number' && typeof code === 'string' && typeof title === 'string';
}

async function problemOf(response: Response): Promise<ApiProblemError> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem: Problem = isProblem(body)
    ? body
    : {
        type: 'about:blank',
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status,
        code: response.status >= 500 ? ('unavailable' as const) : ('malformed-request' as const),
      };
  return new ApiProblemError(problem, retryAfterSeconds(response.headers.get('Retry-After')));
}

const abortError = (cause?: unknown) => new PortalError('abort', 'The request was aborted', { cause });

async function toPortalError(error: unknown): Promise<PortalError> {
  if (error instanceof PortalError) return error;
  if (error instanceof HTTPError) return problemOf(error.response);
  if (error instanceof TimeoutError) return new PortalError('timeout', 'The API did not answer in time', { cause: error });
  if (error instanceof Error && error.name === 'AbortError') return abortError(error);
  return new PortalError('network', 'The API could not be reached', { cause: error });
}

/** A server asking to wait longer than this is not waited for: the caller gets the 429/503. */
const longestWaitSeconds = 10;

/** `false` refuses the retry; `undefined` leaves the decision to ky. */
const waitsTooLong = ({ error }: ShouldRetryState) =>
  error instanceof HTTPError && (retryAfterSeconds(error.response.headers.get('Retry-After')) ?? 0) > longestWaitSeconds ? false : undefined;

const retryOptions = (retry: TransportOptions['retry'] = {}): RetryOptions => ({ shouldRetry: waitsTooLong, ...(typeof retry === 'number' ? { limit: retry } : retry) });

/**
 * Lets several callers share one in-flight GET while each keeps its own AbortSignal: the request is
 * aborted only when every caller has given up on it.
 */
function joinShared(shared: SharedRequest, signal: AbortSignal | undefined): Promise<unknown> {
  shared.callers += 1;
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    shared.callers -= 1;
    if (shared.callers === 0) shared.controller.abort();
  };
  if (!signal) return shared.promise.finally(leave);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      leave();
      reject(abortError(signal.reason));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
      leave();
    });
  });
}

/**
 * The HTTP layer every client method goes through: URL building from the contract, ETag
 * revalidation outside browsers (in browsers, their HTTP cache's), sharing of identical in-flight GETs, response validation with the contract's zod
 * schemas, and typed errors.
 */
export const createTransport = (options: TransportOptions): Transport =>
  createTransportWith(options, (schema, body) => safeParse(schema as AnySchema, body));

/** A transport validating responses with `validate` (see `createTransport`, `createCompactTransport`). */
export function createTransportWith(options: TransportOptions, validate: ResponseValidator): Transport {
  const root = apiRoot(options.baseUrl);
  const http = ky.create({
    retry: retryOptions(options.retry),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.hooks ? { hooks: options.hooks } : {}),
    // A 304 answers a revalidation from the cache: not a failure, for the caller or the hooks.
    throwHttpErrors: (status) => status !== 304,
    headers: { Accept: 'application/json, application/problem+json', ...(options.locale ? { 'Accept-Language': options.locale } : {}), ...options.headers },
  });
  // `document` tells a page (window or frame) from Node, Deno or a worker without one.
  const cache = (options.etagCache ?? typeof document === 'undefined') ? new Map<string, Cached>() : undefined;
  const inFlight = new Map<string, SharedRequest>();

  const remember = (cache: Map<string, Cached>, url: string, etag: string, data: unknown) => {
    cache.delete(url);
    cache.set(url, { etag, data });
    if (cache.size > maxCachedResponses) cache.delete(cache.keys().next().value as string);
  };

  async function exchange(operationId: string, endpoint: RouteLike, url: string, input: OperationInput, request: RequestOptions, signal: AbortSignal | undefined) {
    const isGet = endpoint.method === 'GET';
    const cached = isGet ? cache?.get(url) : undefined;
    const headers: Record<string, string> = { ...request.headers };
    if (cached) headers['If-None-Match'] = cached.etag;
    if (endpoint.idempotent) headers['Idempotency-Key'] = request.idempotencyKey ?? randomToken();
    try {
      if (endpoint.proofOfWork || request.proofOfWork === true) {
        // Loaded with the first submission that needs it: pages that only read never download it.
        const { proofOfWork } = await import('./proof-of-work.js');
        const challenge = () => http.post(`${root}${challengePath}`, { signal, json: { operation: operationId } }).json();
        headers[proofOfWorkHeader] = await proofOfWork(challenge, signal);
      }
      // A file goes as its bytes, typed by the caller's `Content-Type` or the operation's first media type.
      const upload = endpoint.upload;
      if (upload !== undefined) headers['Content-Type'] ??= upload.mediaTypes[0] ?? 'application/octet-stream';
      const body = upload === undefined ? { json: input.body } : { body: input.body as BodyInit };
      const response = await http(url, { method: endpoint.method, headers, signal, ...body });
      if (response.status === 304) {
        if (cached) return cached.data;
        throw await problemOf(response);
      }
      if (endpoint.response === null || response.status === 204) return undefined;
      const answer: unknown = (endpoint.mediaType ?? 'application/json') === 'application/json' ? await response.json() : await response.text();
      const parsed = validate(endpoint.response, answer);
      if (!parsed.success) throw new ResponseValidationError(operationId, parsed.error.issues);
      const etag = response.headers.get('ETag');
      if (isGet && etag && cache) remember(cache, url, etag, parsed.data);
      return parsed.data;
    } catch (error) {
      throw await toPortalError(error);
    }
  }

  return {
    options,
    async send(operationId, endpoint, input = {}, request = {}) {
      let url: string;
      try {
        url = buildUrl(root, endpoint, input, options.agency);
      } catch (error) {
        throw new PortalError('validation', error instanceof Error ? error.message : String(error), { cause: error });
      }
      if (endpoint.method !== 'GET') return exchange(operationId, endpoint, url, input, request, request.signal);
      const key = `${url}\n${JSON.stringify(request.headers ?? {})}`;
      let shared = inFlight.get(key);
      // A request every caller left is aborted but may not have settled yet: start a new one.
      if (!shared || shared.controller.signal.aborted) {
        const controller = new AbortController();
        const created: SharedRequest = {
          controller,
          callers: 0,
          promise: exchange(operationId, endpoint, url, input, request, controller.signal).finally(() => {
            if (inFlight.get(key) === created) inFlight.delete(key);
          }),
        };
        // A caller that leaves must not turn the shared rejection into an unhandled one.
        created.promise.catch(() => undefined);
        inFlight.set(key, created);
        shared = created;
      }
      return joinShared(shared, request.signal);
    },
  };
}
