import type { FieldError } from '@vn-portal/schema';
import type { DocumentInput } from './store.js';

/** Rules the schema cannot state (its dates are real days already): a comment window that closes after it opens, on drafts only. */
export function inputRuleErrors(input: DocumentInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.draft && Date.parse(input.draft.closesAt) <= Date.parse(input.draft.opensAt)) {
    errors.push({ path: 'draft.closesAt', code: 'too_small', message: 'The comment window must close after it opens' });
  }
  if (input.draft && input.stage !== 'draft') errors.push({ path: 'draft', code: 'invalid_value', message: 'Only drafts have a comment window' });
  return errors;
}
