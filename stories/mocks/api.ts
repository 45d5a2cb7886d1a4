// Mock Service Worker handlers for the provincial API, one per operation of the contract, so a story
// says what the API answers in its own terms: `answer('listLeaders', exampleLeaders)`,
// `fail('getVisitStats', exampleProblemUnavailable)`, `hang('getPortal')`.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { apiBasePath, publicRoutes, type Problem, type ResponseOf, type Route } from '@vn-portal/schema';

/** Where the stories' elements find "the provincial API" (the reserved `.example` domain: nothing real answers there). */
export const mockApiOrigin = 'https://api.binhson.example';

export type PublicOperation = keyof typeof publicRoutes;

/** Handlers by the operation they answer; a story's replace the defaults of the same operation. */
export type MockApi = Partial<Record<PublicOperation, HttpHandler>>;

/** A handler of the mocked API for one route of the contract, public or admin. */
export function handleRoute(route: Pick<Route, 'method' | 'path'>, resolver: Parameters<typeof http.get>[1]): HttpHandler {
  const method = route.method.toLowerCase() as Lowercase<Route['method']>;
  // The contract's `{id}` parameters are MSW's `:id`.
  return http[method](`${mockApiOrigin}${apiBasePath}${route.path.replace(/\{(\w+)\}/g, ':$1')}`, resolver);
}

const handle = (operation: PublicOperation, resolver: Parameters<typeof http.get>[1]): HttpHandler => handleRoute(publicRoutes[operation], resolver);

/** The API answers `operation` with `body`, typed by the contract (and so by the schema's examples). */
export function answer<K extends PublicOperation>(operation: K, body: ResponseOf<K>): HttpHandler {
  const { status } = publicRoutes[operation];
  return handle(operation, () => (body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status })));
}

export const problemResponse = (problem: Problem) => HttpResponse.json(problem, { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } });

/** What an answer picked from the request can read of it: the path's parameters, the query, the JSON body. */
export interface MockRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
}

/**
 * The API answers `operation` with what `pick` finds for the request (the example whose id is in
 * the path, say), or with `missing` when it finds nothing: a mocked register whose links lead to
 * the documents they name.
 */
export function answerFrom<K extends PublicOperation>(operation: K, pick: (request: MockRequest) => ResponseOf<K> | undefined, missing: Problem): HttpHandler {
  const { status } = publicRoutes[operation];
  return handle(operation, async ({ request, params }) => {
    const body: unknown = request.method === 'GET' ? undefined : await request.json();
    const found = pick({ params: params as Record<string, string>, query: new URL(request.url).searchParams, body });
    return found === undefined ? problemResponse(missing) : HttpResponse.json(found, { status });
  });
}

/** The API answers with a problem (RFC 9457), or the network fails when given `'network'`. */
export function fail(operation: PublicOperation, problem: Problem | 'network'): HttpHandler {
  return handle(operation, () => (problem === 'network' ? HttpResponse.error() : problemResponse(problem)));
}

/** The API answers with something the contract does not allow (a proxy's error page, an old API version). */
export function answerUnreadable(operation: PublicOperation): HttpHandler {
  return handle(operation, () => HttpResponse.json({ items: 'not what the contract says' }));
}

/** The API never answers: the element stays in its loading state. */
export function hang(operation: PublicOperation): HttpHandler {
  return handle(operation, async () => {
    await delay('infinite');
    return HttpResponse.error();
  });
}

/** Story parameters that set what the mocked API answers (merged over the defaults by operation). */
export const withMockApi = (handlers: MockApi) => ({ msw: { handlers } });
