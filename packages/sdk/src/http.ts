/**
 * The few things the transport needs of HTTP beyond `fetch`: a timeout, retries of idempotent
 * requests, and an error for non-2xx answers. Written here rather than taken from ky, which did
 * the same at 4.7 KB gzip — a quarter of what a page with three elements may weigh in all.
 */

export interface HttpOptions {
  /** Milliseconds before a request fails with `HttpTimeoutError`. */
  timeout: number;
  /** Retries of idempotent requests after a network error or a retryable status. */
  retry: number;
  /** Read at every request, not once, so a page (or a test) that wraps `fetch` later is heard. */
  fetch?: typeof fetch;
  headers: Record<string, string>;
}

export interface HttpRequest {
  method: string;
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Sent as a JSON body. */
  json?: unknown;
}

/** The server answered with a status outside 2xx (304 included: the caller revalidates). */
export class HttpStatusError extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
    this.name = 'HttpStatusError';
  }
}

export class HttpTimeoutError extends Error {
  constructor() {
    super('The request timed out');
    this.name = 'HttpTimeoutError';
  }
}

// As HTTP defines them: repeating these changes nothing on the server. POSTs are made safe to
// repeat by an Idempotency-Key, which the caller (the Q&A form, say) retries with on purpose.
const idempotentMethods = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'];
const retryableStatuses = [408, 429, 500, 502, 503, 504];
/** A server asking to wait longer than this is not waited for: the caller gets the 429/503. */
const longestWaitMs = 10_000;

/** Exponential back-off (300 ms, 600 ms, …) unless the server said how long with `Retry-After`. */
function retryDelay(attempt: number, response?: Response): number {
  const header = response?.headers.get('Retry-After');
  if (header) {
    const seconds = Number(header);
    return Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  }
  return 300 * 2 ** attempt;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One signal that aborts when the caller's does or the time is up; `timedOut` tells which. */
function deadline(ms: number, caller: AbortSignal | undefined) {
  const controller = new AbortController();
  const abort = () => controller.abort(caller?.reason);
  if (caller?.aborted) abort();
  caller?.addEventListener('abort', abort);
  const timer = setTimeout(() => controller.abort(new HttpTimeoutError()), ms);
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.reason instanceof HttpTimeoutError,
    done: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', abort);
    },
  };
}

/** Returns the request function of one transport. */
export function createHttp(options: HttpOptions) {
  return async function request(url: string, { method, headers, signal, json }: HttpRequest): Promise<Response> {
    const retries = idempotentMethods.includes(method) ? options.retry : 0;
    for (let attempt = 0; ; attempt++) {
      const time = deadline(options.timeout, signal);
      let retryAfter: Response | undefined;
      try {
        const response = await (options.fetch ?? fetch)(url, {
          method,
          headers: { ...options.headers, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
          ...(json === undefined ? {} : { body: JSON.stringify(json) }),
          signal: time.signal,
        });
        if (response.ok) return response;
        if (attempt >= retries || !retryableStatuses.includes(response.status)) throw new HttpStatusError(response);
        retryAfter = response;
      } catch (error) {
        if (time.timedOut()) throw new HttpTimeoutError();
        // An answer, or the caller giving up, is final; a network failure may be retried.
        if (error instanceof HttpStatusError || signal?.aborted || attempt >= retries) throw error;
      } finally {
        time.done();
      }
      const delay = retryDelay(attempt, retryAfter);
      if (delay > longestWaitMs && retryAfter) throw new HttpStatusError(retryAfter);
      await wait(Math.max(0, delay), signal);
    }
  };
}
