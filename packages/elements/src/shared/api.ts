import { createCompactTransport, type Transport } from '@vn-portal/sdk';

// One transport per API base for the whole page, so every element shares its ETag cache and
// identical in-flight GETs (two counters on a page make one stats request). Responses are checked
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
