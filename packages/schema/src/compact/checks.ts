/**
 * Response checks for browsers, generated from the contract (`routes.ts`) so that pages do not
 * download zod to read the API's answers. A check verifies what a renderer relies on — types,
 * required keys, enum members, and the formats that end up in `Intl` calls or `href`s (dates,
 * URLs) — and returns what the page may use: unknown keys dropped, text composed to NFC. It does
 * not repeat the server's length and pattern limits; the full zod schemas remain the contract.
 */
export type Check<T = unknown> = (value: unknown, path: PropertyKey[]) => T;

/** Where a response first differs from the contract, and what was expected there. */
export class Mismatch extends Error {
  constructor(
    readonly path: PropertyKey[],
    readonly expected: string,
  ) {
    super(`expected ${expected}`);
  }
}

const fail = (path: PropertyKey[], expected: string): never => {
  throw new Mismatch(path, expected);
};

const typed =
  <T>(type: 'boolean' | 'number', extra?: (value: T) => boolean): Check<T> =>
  (value, path) =>
    typeof value === type && (!extra || extra(value as T)) ? (value as T) : fail(path, type);

export const str: Check<string> = (value, path) => (typeof value === 'string' ? value.normalize('NFC') : fail(path, 'string'));
export const num = /* @__PURE__ */ typed<number>('number', Number.isFinite);
export const int = /* @__PURE__ */ typed<number>('number', Number.isSafeInteger);
export const bool = /* @__PURE__ */ typed<boolean>('boolean');
/** What the contract leaves open. */
export const any: Check = (value) => value;

/** A string matching a format pattern (`formatPatterns` of the primitives). */
/* @__NO_SIDE_EFFECTS__ */
export const formatted =
  (pattern: RegExp, name: string): Check<string> =>
  (value, path) => {
    const text = str(value, path);
    return pattern.test(text) ? text : fail(path, name);
  };

/** One of the given values: an enum, or a constant when there is one. */
/* @__NO_SIDE_EFFECTS__ */
export const oneOf =
  (...values: unknown[]): Check =>
  (value, path) =>
    values.includes(value) ? value : fail(path, values.join(' | '));

/* @__NO_SIDE_EFFECTS__ */
export const arrayOf =
  (item: Check): Check<unknown[]> =>
  (value, path) =>
    Array.isArray(value) ? value.map((entry, index) => item(entry, [...path, index])) : fail(path, 'array');

/** Keys with an `undefined` value count as absent, as in JSON. Keys the contract does not name are dropped. */
/* @__NO_SIDE_EFFECTS__ */
export const object =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check<Record<string, unknown>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'object');
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(required)) result[key] = check(source[key], [...path, key]);
    for (const [key, check] of Object.entries(optional)) if (source[key] !== undefined) result[key] = check(source[key], [...path, key]);
    return result;
  };

/** The first alternative that accepts the value. */
/* @__NO_SIDE_EFFECTS__ */
export const either =
  (...alternatives: Check[]): Check =>
  (value, path) => {
    for (const alternative of alternatives) {
      try {
        return alternative(value, path);
      } catch (error) {
        if (!(error instanceof Mismatch)) throw error;
      }
    }
    return fail(path, 'one of the alternatives');
  };

/** Runs a check; a mismatch comes back as issues in zod's shape, anything else is thrown. */
export function runCheck<T>(check: Check<T>, value: unknown): { success: true; data: T } | { success: false; issues: { path: PropertyKey[]; message: string }[] } {
  try {
    return { success: true, data: check(value, []) };
  } catch (error) {
    if (!(error instanceof Mismatch)) throw error;
    return { success: false, issues: [{ path: error.path, message: error.message }] };
  }
}
