import { fieldsOf, isListField, safeParse, type AnySchema, type FieldError } from '@vn-portal/schema';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem.js';

/** The query fields that take repeated keys (`?type=law&type=decree`), per query schema. */
const arrayFieldsCache = new WeakMap<AnySchema, readonly string[]>();

function arrayFieldsOf(schema: AnySchema): readonly string[] {
  let fields = arrayFieldsCache.get(schema);
  if (fields === undefined) {
    fields = Object.entries(fieldsOf(schema))
      .filter(([, field]) => isListField(field))
      .map(([key]) => key);
    arrayFieldsCache.set(schema, fields);
  }
  return fields;
}

/**
 * A parsed query string has a string for a key given once and an array for a repeated key; fields
 * the schema types as arrays get an array either way.
 */
export function normalizeQuery(schema: AnySchema, query: Record<string, unknown>): Record<string, unknown> {
  const normalized: Record<string, unknown> = { ...query };
  for (const field of arrayFieldsOf(schema)) {
    const value = normalized[field];
    if (value !== undefined && !Array.isArray(value)) normalized[field] = [value];
  }
  return normalized;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

interface Visit {
  value: unknown;
  key?: PropertyKey;
  parent?: Visit;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let step: Visit | undefined = visit; step?.key !== undefined; step = step.parent) path.unshift(step.key);
  return path;
}

/**
 * PostgreSQL text cannot hold U+0000, and no field of the API needs it: it is refused everywhere,
 * before it can reach a database. The walk keeps its own stack: a body's depth is bounded by
 * `checkJsonStructure`, but a query or path part never nests, and no input may exhaust the call stack.
 * Each value remembers its parent, and a path is made only for the value found: copying a path per
 * value cost 150 ms on a body of 100,000 short strings.
 */
function findNulCharacter(value: unknown): PropertyKey[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? [] : undefined;
  const pending: Visit[] = [{ value }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) if (holdsNul(current[index], index, next, pending)) return [...pathOf(next), index];
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) if (holdsNul(item, key, next, pending)) return [...pathOf(next), key];
    }
  }
  return undefined;
}

/** Whether a value met on the walk is a string holding NUL: strings are checked where they are met, only objects and arrays wait on the stack. */
function holdsNul(item: unknown, key: PropertyKey, parent: Visit, pending: Visit[]): boolean {
  if (typeof item === 'string') return item.includes('\u0000');
  if (typeof item === 'object' && item !== null) pending.push({ value: item, key, parent });
  return false;
}

/** No body of the contract nests deeper than a few levels nor holds thousands of keys. */
export const jsonStructureLimits = { depth: 32, keys: 5000 } as const;

const openers = new Set(['{', '[']);
const closers = new Set(['}', ']']);

/**
 * Refuses a JSON text nested deeper, or holding more object keys, than any body of the contract
 * needs, in one pass over its characters before it is parsed: a nesting bomb never reaches
 * `JSON.parse` or a recursive walk. Broken JSON is left to the parser to report.
 */
export function checkJsonStructure(text: string, limits: { depth: number; keys: number } = jsonStructureLimits): void {
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (inString) {
      if (character === '\\') index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (openers.has(character)) {
      depth += 1;
      if (depth > limits.depth) throw new ProblemError(413, 'payload-too-large', `The body nests deeper than ${limits.depth} levels`);
    } else if (closers.has(character)) {
      depth -= 1;
    } else if (character === ':') {
      keys += 1;
      if (keys > limits.keys) throw new ProblemError(413, 'payload-too-large', `The body holds more than ${limits.keys} keys`);
    }
  }
}

/** JSON bodies are checked for their structure, then parsed as Fastify does (refusing `__proto__` and `constructor` keys). */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // `parseAs: 'string'` hands the body over as text.
    const text = body as string;
    try {
      checkJsonStructure(text);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    void parse(request, text, done);
  });
}

/**
 * Parses one part of a request with its schema; a failure answers `status` (400 for the URL, 422
 * for a body) with one error per invalid field.
 */
export function parsePart(schema: AnySchema, value: unknown, status: 400 | 422, part: string): unknown {
  const nul = findNulCharacter(value);
  if (nul !== undefined) {
    throw new ProblemError(status, 'validation-failed', `The ${part} contains a NUL character`, [
      { path: pathText(nul), code: 'invalid_string', message: 'NUL characters are not allowed' },
    ]);
  }
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: pathText(issue.path),
    code: issue.code,
    message: issue.message,
  }));
  throw new ProblemError(status, 'validation-failed', `The ${part} is invalid`, errors);
}
