import type { FastifyRequest } from 'fastify';
import { isOwnOrigin } from './origin-policy.js';
import { ProblemError } from './problem.js';

/** The first value of a request header. */
export const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * A write carried by a session cookie must come from the server's own pages: its `Origin` one of
 * the server's own origins (`PUBLIC_ORIGINS`, see `isOwnOrigin`), or, from a browser that sends no
 * `Origin`, `Sec-Fetch-Site: same-origin`. SameSite=Strict already keeps other sites' requests
 * from carrying the cookie; this also refuses sibling hosts of the same site and old browsers.
 */
export function assertSameOrigin(request: FastifyRequest, publicOrigins: readonly string[]): void {
  const origin = headerValue(request.headers.origin);
  const fetchSite = headerValue(request.headers['sec-fetch-site']);
  const own =
    origin === undefined
      ? fetchSite === 'same-origin'
      : (fetchSite === undefined || fetchSite === 'same-origin') && isOwnOrigin(origin, publicOrigins, { localPort: request.socket.localPort, clientIp: request.ip });
  if (!own) throw new ProblemError(403, 'origin-not-allowed', 'A signed-in write must come from the console of this server');
}
