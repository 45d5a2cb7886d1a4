import { adminRoutes, type adminApi } from '@vn-portal/schema';
import { bindRoutes, type ClientFor } from './client.js';
import { createTransport, type Transport, type TransportOptions } from './transport.js';

export type AdminClient = ClientFor<typeof adminApi> & { readonly transport: Transport };

/** A typed client of the admin operations, authenticated by an API key (sent as a bearer token). */
export function createAdminClient(options: TransportOptions & { apiKey: string }): AdminClient {
  const { apiKey, ...rest } = options;
  const transport = createTransport({ ...rest, headers: { ...rest.headers, Authorization: `Bearer ${apiKey}` } });
  return { ...bindRoutes<typeof adminApi>(transport, adminRoutes), transport };
}
