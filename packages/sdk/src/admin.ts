import { adminRoutes, sessionRoutes, type adminApi, type sessionEndpoints } from '@vn-portal/schema';
import { bindRoutes, type ClientFor } from './client.js';
import { createTransport, type Transport, type TransportOptions } from './transport.js';

export type AdminClient = ClientFor<typeof adminApi> & { readonly transport: Transport };

/** A typed client of the admin operations, authenticated by an API key (sent as a bearer token). */
export function createAdminClient(options: TransportOptions & { apiKey: string }): AdminClient {
  const { apiKey, ...rest } = options;
  const transport = createTransport({ ...rest, headers: { ...rest.headers, Authorization: `Bearer ${apiKey}` } });
  return { ...bindRoutes<typeof adminApi>(transport, adminRoutes), transport };
}

export type SessionClient = ClientFor<typeof adminApi & typeof sessionEndpoints> & { readonly transport: Transport };

/**
 * The admin operations for a person signed in to the console: sign-in, the session and sign-out
 * besides every admin operation, authenticated by the session cookie the browser holds (so the
 * console must be served from the API's own origin), never by a key in the page.
 */
export function createSessionClient(options: TransportOptions): SessionClient {
  const transport = createTransport(options);
  return { ...bindRoutes<typeof adminApi & typeof sessionEndpoints>(transport, { ...adminRoutes, ...sessionRoutes }), transport };
}
