import { publicRoutes, type AnySchema, type Input, type Output, type Route, type publicApi } from '@vn-portal/schema';
import { createTransport, type OperationInput, type RequestOptions, type RouteLike, type Transport, type TransportOptions } from './transport.js';

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type InputOf<S> = S extends AnySchema ? Input<S> : never;

/** What one operation takes: path and query parameters by name, plus `body` when it has one. */
export type InputFor<E> = Simplify<
  (E extends { params: infer P } ? InputOf<P> : unknown) &
    (E extends { query: infer Q } ? InputOf<Q> : unknown) &
    (E extends { body: infer B } ? { body: InputOf<B> } : unknown)
>;

/** What one operation answers with, validated. */
export type ResultFor<E> = E extends { response: infer R } ? (R extends null ? undefined : R extends AnySchema ? Output<R> : never) : never;

export type MethodFor<E> = object extends InputFor<E>
  ? (input?: InputFor<E>, options?: RequestOptions) => Promise<ResultFor<E>>
  : (input: InputFor<E>, options?: RequestOptions) => Promise<ResultFor<E>>;

export type ClientFor<Endpoints> = { readonly [K in keyof Endpoints]: MethodFor<Endpoints[K]> };

/**
 * Turns routes of the contract into typed methods over one transport. Bind only the routes a page
 * needs (e.g. `pollRoutes`) and the bundle carries only their response schemas — or, with the
 * routes of `@vn-portal/schema/compact` over `createCompactTransport`, only their compact checks.
 * `Endpoints` gives the input types (e.g. `typeof pollEndpoints`): types only, nothing of it is
 * bundled.
 */
export function bindRoutes<Endpoints extends Record<string, Route>>(transport: Transport, routes: Record<keyof Endpoints & string, RouteLike>): ClientFor<Endpoints> {
  const methods: Record<string, unknown> = {};
  for (const [operationId, route] of Object.entries<RouteLike>(routes)) {
    methods[operationId] = (input?: OperationInput, options?: RequestOptions) => transport.send(operationId, route, input, options);
  }
  return methods as ClientFor<Endpoints>;
}

export type PortalClient = ClientFor<typeof publicApi> & { readonly transport: Transport };

/**
 * A typed client of every public operation of the provincial API.
 *
 * @example
 * const portal = createPortalClient({ baseUrl: 'https://api.caobang.gov.vn', agency: 'stttt' });
 * const { items } = await portal.searchLegalDocuments({ q: 'cong thong tin', type: ['decision'] });
 */
export function createPortalClient(options: TransportOptions): PortalClient {
  const transport = createTransport(options);
  return { ...bindRoutes<typeof publicApi>(transport, publicRoutes), transport };
}
