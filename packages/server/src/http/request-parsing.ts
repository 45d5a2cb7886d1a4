import { safeParse, type AnySchema, type FieldError } from '@vn-portal/schema';
import { ProblemError } from './problem.js';

interface SchemaDefinition {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
}

const definitionOf = (schema: AnySchema) => schema._zod.def as unknown as SchemaDefinition;

/** Whether a field's schema is an array once optional/default wrappers are looked through. */
function isArraySchema(schema: AnySchema): boolean {
  let definition = definitionOf(schema);
  while ((definition.type === 'optional' || definition.type === 'default') && definition.innerType !== undefined) {
    definition = definitionOf(definition.innerType);
  }
  return definition.type === 'array';
}

/** The query fields that take repeated keys (`?type=law&type=decree`), per query schema. */
const arrayFieldsCache = new WeakMap<AnySchema, readonly string[]>();

function arrayFieldsOf(schema: AnySchema): readonly string[] {
  let fields = arrayFieldsCache.get(schema);
  if (fields === undefined) {
    const shape = definitionOf(schema).shape ?? {};
    fields = Object.keys(shape).filter((key) => {
      const field = shape[key];
      return field !== undefined && isArraySchema(field);
    });
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

/**
 * PostgreSQL text cannot hold U+0000, and no field of the API needs it: it is refused everywhere,
 * before it can reach a database.
 */
function findNulCharacter(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
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
