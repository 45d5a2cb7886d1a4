import type { FieldError, Problem, ProblemCode } from '@vn-portal/schema';

export const problemMediaType = 'application/problem+json';

const titles: Record<ProblemCode, string> = {
  'validation-failed': 'The request has invalid fields',
  'malformed-request': 'The request could not be read',
  'unsupported-media-type': 'The body must be JSON',
  'payload-too-large': 'The body is too large',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  unauthorized: 'A valid API key is required',
  forbidden: 'Not allowed for this key',
  'origin-not-allowed': 'This site may not write for this agency',
  conflict: 'Conflict with the current state',
  'idempotency-conflict': 'This idempotency key was used for a different request',
  'poll-not-open': 'The poll is not open',
  'comment-window-closed': 'The draft is not open for comment',
  'bot-check-failed': 'The submission did not pass the bot check',
  'rate-limited': 'Too many requests',
  'precondition-failed': 'Precondition failed',
  'internal-error': 'Internal error',
  unavailable: 'Temporarily unavailable',
};

/** An error a handler throws to answer with problem+json; anything else thrown becomes a 500. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? titles[code]);
    this.name = 'ProblemError';
  }

  toProblem(instance?: string): Problem {
    return problemBody(this.status, this.code, this.message === titles[this.code] ? undefined : this.message, this.errors, instance);
  }
}

export function problemBody(status: number, code: ProblemCode, detail?: string, errors?: FieldError[], instance?: string): Problem {
  return {
    // Resolves to the code's entry on the API docs page.
    type: `/api/v1/docs#problem-${code}`,
    title: titles[code],
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(instance === undefined ? {} : { instance }),
    ...(errors === undefined ? {} : { errors }),
  };
}

/**
 * A browser write from a page whose origin the agency does not allow. The problem names both, so
 * the page (which may read it: see the CORS answer to strangers in app.ts) can tell the site's
 * administrator what to add where.
 */
export class OriginRefusal extends ProblemError {
  constructor(
    readonly origin: string,
    readonly agency: string | undefined,
  ) {
    super(403, 'origin-not-allowed', `${origin} may not write for ${agency ?? 'this portal'}: add it to the agency's allowed origins`);
  }

  override toProblem(instance?: string): Problem {
    return { ...super.toProblem(instance), origin: this.origin, ...(this.agency === undefined ? {} : { agency: this.agency }) };
  }
}

export const notFound = (detail?: string) => new ProblemError(404, 'not-found', detail);
export const conflict = (detail?: string) => new ProblemError(409, 'conflict', detail);
export const forbidden = (detail?: string) => new ProblemError(403, 'forbidden', detail);

/** A 422 for rule violations found after the schema accepted the body (unknown option, etc.). */
export function invalidFields(errors: FieldError[]): ProblemError {
  return new ProblemError(422, 'validation-failed', undefined, errors);
}
