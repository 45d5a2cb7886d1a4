import * as z from 'zod/mini';
import { named, text } from './primitives.js';

/** Stable machine-readable error codes; clients switch on these, never on the title. */
export const ProblemCode = z.enum([
  'validation-failed',
  'malformed-request',
  'unsupported-media-type',
  'payload-too-large',
  'not-found',
  'method-not-allowed',
  'unauthorized',
  'forbidden',
  'origin-not-allowed',
  'conflict',
  'idempotency-conflict',
  'poll-not-open',
  'comment-window-closed',
  'duplicate-number',
  'kept-permanently',
  'bot-check-failed',
  'rate-limited',
  'precondition-failed',
  'internal-error',
  'unavailable',
]);
export type ProblemCode = z.output<typeof ProblemCode>;

export const FieldError = z.object({
  /** JSON pointer-like path of the field, e.g. `asker.email`. */
  path: text(500),
  code: text(100),
  message: text(1000),
});
export type FieldError = z.output<typeof FieldError>;

/** RFC 9457 problem details, with a stable `code` and per-field errors. */
export const Problem = named(
  'Problem',
  z.object({
    type: text(500),
    title: text(500),
    status: z.int().check(z.minimum(400), z.maximum(599)),
    code: ProblemCode,
    detail: z.optional(text(2000)),
    instance: z.optional(text(2000)),
    errors: z.optional(z.array(FieldError)),
    /** `origin-not-allowed`: the page's origin that no allowed-origins list of the agency holds. */
    origin: z.optional(text(2000)),
    /** `origin-not-allowed`: the agency whose allowed origins lack it; absent for a write naming no agency (the province-level agency's list then decides). */
    agency: z.optional(text(200)),
    /** `duplicate-number`: the register's document that already bears the number from that issuer. */
    existingId: z.optional(text(64)),
  }),
);
export type Problem = z.output<typeof Problem>;
