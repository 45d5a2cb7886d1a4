import * as z from 'zod/mini';
import type { ApiKeyRole } from '../admin.js';
import { code, id, isoDate, pageNumber } from '../primitives.js';

export { apiBasePath } from '../wire.js';

type Schema = z.core.$ZodType;
type ObjectSchema = z.core.$ZodObject;

/**
 * What a client needs to call an operation: method, path, success status and response schema.
 * Kept apart from the request schemas so a browser bundle carries only what it validates.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under `/api/v1`, with `{name}` parameters. */
  path: string;
  tag: 'portal' | 'leaders' | 'legal-documents' | 'qa' | 'polls' | 'visits' | 'bot-check' | 'admin';
  /** The success status and its body (`null` for none); Atom feeds are described by `mediaType`. */
  status: 200 | 201 | 202 | 204;
  response: Schema | null;
  mediaType?: 'application/json' | 'application/atom+xml' | 'application/xml' | 'text/csv' | 'text/html';
  /**
   * The body is a file sent as is (not JSON), of one of these media types and at most `maxBytes`;
   * the operation's `body` schema then checks the bytes' type only.
   */
  upload?: { mediaTypes: readonly string[]; maxBytes: number };
  /** Admin operations need an API key of at least this role. */
  role?: ApiKeyRole;
  /** Writes from browsers are checked against the agency's allowed origins. */
  browserWrite?: boolean;
  /** POSTs that create something accept an `Idempotency-Key` header. */
  idempotent?: boolean;
  /**
   * Submissions a bot would flood: the request carries a solved challenge in the `Proof-Of-Work`
   * header (see `bot-check.ts`); the SDK fetches and solves one before sending.
   */
  proofOfWork?: boolean;
  /** The query takes an `agency` filter, which clients fill with their configured agency. */
  agencyScoped?: boolean;
}

/** The classes of rate limit a route may carry; a server's configuration says how many requests each allows. */
export type RateLimitClass = 'questions' | 'questionsPerDay' | 'statusLookups' | 'votes' | 'comments' | 'commentsPerDay' | 'challenges' | 'visits';

/**
 * What a server validates, the error statuses documented beyond those every operation may answer,
 * and how it serves the operation. Kept off `Route`, so browser bundles do not carry it.
 */
export interface Validation {
  params?: ObjectSchema;
  query?: ObjectSchema;
  body?: Schema;
  errors: readonly number[];
  /**
   * Limits per client address: per minute, and a daily cap for what a person does a few times a
   * day at most. Routes without are cheap reads, served from caches.
   */
  rateLimit?: { perMinute: RateLimitClass; perDay?: RateLimitClass };
  /** A public answer that moves every second (counts): revalidated on each use, not reused for a minute. */
  revalidateAlways?: boolean;
}

/** One operation of the provincial API; server routes, SDK methods and the OpenAPI document derive from it. */
export type Endpoint = Route & Validation;

/* @__NO_SIDE_EFFECTS__ */
export const route = <const R extends Route>(definition: R): R => definition;

/** Admin operations: all tagged `admin`, all needing an API key of `role` or above. */
/* @__NO_SIDE_EFFECTS__ */
export const adminRoute = <const R extends Omit<Route, 'tag'>>(definition: R) => ({ ...definition, tag: 'admin' as const });

/** Joins each route with its validation into the full endpoint. */
/* @__NO_SIDE_EFFECTS__ */
export function withValidation<const R extends Record<string, Route>, const V extends { [K in keyof R]: Validation }>(
  routes: R,
  validation: V,
): { [K in keyof R]: R[K] & V[K] } {
  const endpoints: Record<string, Endpoint> = {};
  for (const [name, definition] of Object.entries(routes)) endpoints[name] = { ...definition, ...(validation[name] as Validation) };
  return endpoints as { [K in keyof R]: R[K] & V[K] };
}

export const byCode = z.object({ code });
export const byId = z.object({ id });
export const byDate = z.object({ date: isoDate });
export const pageQuery = z.object({ page: pageNumber });
/** The body of an `upload` operation: the file's bytes. */
export const fileBytes = z.instanceof(Uint8Array);
