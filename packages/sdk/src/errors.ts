import type { FieldError, Problem } from '@vn-portal/schema';

/** What went wrong, for callers that switch on it (an element shows a different message for each). */
export type PortalErrorKind = 'problem' | 'validation' | 'network' | 'timeout' | 'abort';

/** Every error the SDK throws is a PortalError; `kind` tells which. */
export class PortalError extends Error {
  constructor(
    readonly kind: PortalErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PortalError';
  }
}

/** The API answered with an RFC 9457 problem (4xx/5xx). */
export class ApiProblemError extends PortalError {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before retrying, from `Retry-After` (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(readonly problem: Problem, retryAfter?: number) {
    super('problem', problem.detail ?? problem.title);
    this.status = problem.status;
    this.code = problem.code;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfter = retryAfter;
  }
}

/** The API answered 2xx with a body that does not match the contract. */
export class ResponseValidationError extends PortalError {
  constructor(
    readonly operation: string,
    readonly issues: readonly { path: PropertyKey[]; message: string }[],
  ) {
    super('validation', `${operation}: response does not match the contract (${issues.map((issue) => issue.path.join('.') || '(root)').join(', ')})`);
  }
}

export const isPortalError = (error: unknown): error is PortalError => error instanceof PortalError;
