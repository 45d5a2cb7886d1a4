import type { AnySchema } from '@vn-portal/schema';

interface Inspected {
  _zod: { def: { type: string; innerType?: Inspected }; bag: { maximum?: number; minimum?: number } };
}

/**
 * The input attributes a schema field implies (`maxlength`, `required`), read from the schema
 * itself so a form never states a limit of its own. A field wrapped in `optional` is not required.
 */
export function inputLimits(schema: AnySchema): { required: boolean; maxLength: number | undefined } {
  let inner = schema as unknown as Inspected;
  let required = true;
  while (inner._zod.def.innerType !== undefined) {
    if (inner._zod.def.type === 'optional' || inner._zod.def.type === 'default') required = false;
    inner = inner._zod.def.innerType;
  }
  const { maximum, minimum } = inner._zod.bag;
  const isString = inner._zod.def.type === 'string';
  // Text that may be empty says so with a minimum length of 0; a format (URL, date, phone) never matches empty.
  return { required: required && !(isString && minimum === 0), maxLength: isString ? maximum : undefined };
}
