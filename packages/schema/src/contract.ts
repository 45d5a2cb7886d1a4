import type * as z from 'zod/mini';
import { adminEndpoints, adminRoutes } from './endpoints/admin.js';
import { botCheckEndpoints, botCheckRoutes } from './endpoints/bot-check.js';
import { legalDocumentEndpoints, legalDocumentRoutes } from './endpoints/legal-documents.js';
import { pollEndpoints, pollRoutes } from './endpoints/polls.js';
import { portalEndpoints, portalRoutes } from './endpoints/portal.js';
import { qaEndpoints, qaRoutes } from './endpoints/qa.js';
import { sessionEndpoints, sessionRoutes } from './endpoints/session.js';
import { visitEndpoints, visitRoutes } from './endpoints/visits.js';

export type { Endpoint, RateLimitClass, Route, Validation } from './endpoints/endpoint.js';
export { adminEndpoints, botCheckEndpoints, legalDocumentEndpoints, pollEndpoints, portalEndpoints, qaEndpoints, sessionEndpoints, visitEndpoints };
export { apiBasePath } from './endpoints/endpoint.js';
export { adminRoutes, botCheckRoutes, legalDocumentRoutes, pollRoutes, portalRoutes, qaRoutes, sessionRoutes, visitRoutes };

/** The public operations as a client calls them (no request schemas). */
export const publicRoutes = /* @__PURE__ */ merge(portalRoutes, legalDocumentRoutes, qaRoutes, pollRoutes, visitRoutes, botCheckRoutes);

/**
 * Every public operation of the provincial API. Endpoints are grouped by resource in their own
 * modules so that a page using one resource bundles only that resource's schemas.
 */
export const publicApi = /* @__PURE__ */ merge(portalEndpoints, legalDocumentEndpoints, qaEndpoints, pollEndpoints, visitEndpoints, botCheckEndpoints);
export const adminApi = adminEndpoints;
/** Every operation; server routes, SDK methods and the OpenAPI document derive from it. */
export const api = /* @__PURE__ */ merge(publicApi, adminApi, sessionEndpoints);
export type Api = typeof api;
export type OperationId = keyof Api;

type OutputOf<S> = S extends z.core.$ZodType ? z.output<S> : undefined;
type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/* Spreads would read to a bundler as possible getter calls and keep every endpoint in every bundle. */
/* @__NO_SIDE_EFFECTS__ */
function merge<const T extends readonly object[]>(...parts: T): Merged<T> {
  return Object.assign({}, ...parts) as Merged<T>;
}

type InputOf<S> = S extends z.core.$ZodType ? z.input<S> : undefined;

/** Body type an operation answers with. */
export type ResponseOf<K extends OperationId> = OutputOf<Api[K]['response']>;
/** Body type an operation accepts. */
export type BodyOf<K extends OperationId> = Api[K] extends { body: infer B } ? InputOf<B> : undefined;
export type ParamsOf<K extends OperationId> = Api[K] extends { params: infer P } ? InputOf<P> : undefined;
export type QueryOf<K extends OperationId> = Api[K] extends { query: infer Q } ? InputOf<Q> : undefined;
