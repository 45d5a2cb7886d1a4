import { expect } from '@open-wc/testing';
import { createPortalClient } from './index.js';

// The reference API server the test runner starts beside the pages (web-test-runner.config.js).
const apiBase = document.querySelector<HTMLMetaElement>('meta[name="vn-portal:api"]')?.content ?? '';

/** How many requests whose URL contains `text` reached the reference server. */
async function requestsReceived(text: string): Promise<number> {
  const response = await fetch(`${apiBase}/__test/requests-received?containing=${encodeURIComponent(text)}`, { cache: 'no-store' });
  return ((await response.json()) as { count: number }).count;
}

/** A search no other test sends, so that no earlier answer is in the browser's cache. */
const uniqueWord = () => `httpcache${crypto.randomUUID().replaceAll('-', '')}`;

describe("SDK and the browser's HTTP cache", () => {
  it('a second page view within max-age reads the answer from the HTTP cache: no request reaches the server', async () => {
    const word = uniqueWord();
    // Two clients: two page views (or two elements of separate kit copies), nothing shared in memory.
    const first = await createPortalClient({ baseUrl: apiBase }).searchLegalDocuments({ q: word });
    expect(await requestsReceived(word)).to.equal(1);
    const second = await createPortalClient({ baseUrl: apiBase }).searchLegalDocuments({ q: word });
    expect(second).to.deep.equal(first);
    expect(await requestsReceived(word), 'the second view went to the network').to.equal(1);
  });

  it('an ETag cache kept by the SDK (opt-in in browsers) revalidates over the network instead', async () => {
    const word = uniqueWord();
    const client = createPortalClient({ baseUrl: apiBase, etagCache: true });
    const first = await client.searchLegalDocuments({ q: word });
    const second = await client.searchLegalDocuments({ q: word });
    expect(second).to.deep.equal(first);
    // Its If-None-Match makes the browser skip its cache: the fresh answer is asked for again.
    expect(await requestsReceived(word)).to.equal(2);
  });

  it('identical GETs in flight still share one request', async () => {
    const word = uniqueWord();
    const client = createPortalClient({ baseUrl: apiBase });
    const [a, b] = await Promise.all([client.searchLegalDocuments({ q: word }), client.searchLegalDocuments({ q: word })]);
    expect(a).to.deep.equal(b);
    expect(await requestsReceived(word)).to.equal(1);
  });
});
