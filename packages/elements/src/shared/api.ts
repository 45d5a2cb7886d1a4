import { apiBasePath } from '@vn-portal/schema/compact';
import { createCompactTransport, type Transport } from '@vn-portal/sdk';

/** The API's root (`…/api/v1`) from the base a page gives: the site's root or the API's, as the SDK reads it. */
export function apiRootOf(apiBase: string): string {
  const trimmed = apiBase.replace(/\/+$/, '');
  return trimmed.endsWith(apiBasePath) ? trimmed : `${trimmed}${apiBasePath}`;
}

// One transport per API base for the whole page, so every element shares identical in-flight GETs
// (two counters on a page make one stats request); answers are kept by the browser's HTTP cache,
// which serves them again within their `max-age` without a request. Responses are checked
// with the contract's compact checks, so pages do not download zod.
const transports = new Map<string, Transport>();

export function transportFor(apiBase: string): Transport {
  let transport = transports.get(apiBase);
  if (!transport) {
    transport = createCompactTransport({ baseUrl: apiBase });
    transports.set(apiBase, transport);
  }
  return transport;
}
