import * as z from 'zod/mini';
import type { AnySchema } from './index.js';

// What the server reads of a request schema's shape, through zod's public classes and `def`
// rather than its `_zod` internals, which change without notice between minor versions.

/** The fields of an object schema; none for any other schema. */
export const fieldsOf = (schema: AnySchema | undefined): Record<string, AnySchema> => (schema instanceof z.ZodMiniObject ? schema.shape : {});

/** The schema a field takes a value of, inside its `optional` and `default` wrappers. */
export function unwrapOptional(schema: AnySchema): AnySchema {
  let inner = schema;
  while (inner instanceof z.ZodMiniOptional || inner instanceof z.ZodMiniDefault) inner = inner.def.innerType;
  return inner;
}

/** Whether a field takes a list of values (a repeated query key), once `optional` and `default` are looked through. */
export const isListField = (schema: AnySchema): boolean => unwrapOptional(schema) instanceof z.ZodMiniArray;
