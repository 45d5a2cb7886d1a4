import { expect } from '@open-wc/testing';
import { ApiProblemError, PortalError, createPortalClient } from './index.js';

const visitStats = { online: { guests: 26, members: 0, total: 26 }, total: 11_454_030, today: 1200, month: 35_000, at: '2026-11-25T03:00:00.000Z' };

/** A fetch that answers from a script, so the browser's own Request/Response/AbortSignal are exercised. */
function scriptedFetch(answer: (request: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request);
    return answer(request);
  };
  return { fetch: fetcher, seen };
}

function jsonResponse(body: unknown, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

describe('SDK in the browser', () => {
  it('fetches, validates and types a response', async () => {
    const { fetch, seen } = scriptedFetch(() => jsonResponse(visitStats));
    const client = createPortalClient({ baseUrl: 'https://api.tinh.gov.vn/', agency: 'stttt', fetch });
    const stats = await client.getVisitStats();
    expect(stats.total).to.equal(11_454_030);
    expect(seen[0]?.url).to.equal('https://api.tinh.gov.vn/api/v1/visits/stats?agency=stttt');
  });

  it('shares one request between two widgets asking the same thing', async () => {
    const { fetch, seen } = scriptedFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return jsonResponse(visitStats);
    });
    const client = createPortalClient({ baseUrl: 'https://api.tinh.gov.vn', fetch });
    const [a, b] = await Promise.all([client.getVisitStats({ agency: 'stttt' }), client.getVisitStats({ agency: 'stttt' })]);
    expect(a).to.deep.equal(b);
    expect(seen.length).to.equal(1);
  });

  it('answers a 304 from the ETag cache, when asked to keep one', async () => {
    const { fetch, seen } = scriptedFetch((request) =>
      request.headers.get('If-None-Match') === 'W/"7"' ? new Response(null, { status: 304 }) : jsonResponse(visitStats, { headers: { ETag: 'W/"7"' } }),
    );
    const client = createPortalClient({ baseUrl: 'https://api.tinh.gov.vn', fetch, etagCache: true });
    await client.getVisitStats();
    const again = await client.getVisitStats();
    expect(again.online.total).to.equal(26);
    expect(seen[1]?.headers.get('If-None-Match')).to.equal('W/"7"');
  });

  it('turns an AbortSignal into an abort error', async () => {
    const { fetch } = scriptedFetch(
      (request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const client = createPortalClient({ baseUrl: 'https://api.tinh.gov.vn', fetch });
    const controller = new AbortController();
    const pending = client.getVisitStats({}, { signal: controller.signal });
    controller.abort();
    const error: unknown = await pending.catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(PortalError);
    expect((error as PortalError).kind).to.equal('abort');
  });

  it('reads problem+json into a typed error', async () => {
    const { fetch } = scriptedFetch(() =>
      jsonResponse(
        { type: 'about:blank', title: 'Không tìm thấy', status: 404, code: 'not-found' },
        { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const client = createPortalClient({ baseUrl: 'https://api.tinh.gov.vn', fetch, retry: 0 });
    const error: unknown = await client.getPoll({ id: 'missing' }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ApiProblemError);
    expect((error as ApiProblemError).code).to.equal('not-found');
  });
});
