import type { FieldError } from '@vn-portal/schema';
import type { DocumentInput } from './store.js';

/** Whether a `YYYY-MM-DD` the schema accepted names a real day (not 2025-02-30). */
export function realDay(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
}

/** Rules the schema cannot state: real calendar days, and a comment window that closes after it opens. */
export function inputRuleErrors(input: DocumentInput): FieldError[] {
  const dates = { issuedDate: input.issuedDate, effectiveDate: input.effectiveDate, expiryDate: input.expiryDate, 'gazette.date': input.gazette?.date };
  const errors = Object.entries(dates)
    .filter(([, date]) => date !== undefined && !realDay(date))
    .map(([path]) => ({ path, code: 'invalid_date', message: 'Not a day of the calendar' }));
  if (input.draft && Date.parse(input.draft.closesAt) <= Date.parse(input.draft.opensAt)) {
    errors.push({ path: 'draft.closesAt', code: 'too_small', message: 'The comment window must close after it opens' });
  }
  if (input.draft && input.stage !== 'draft') errors.push({ path: 'draft', code: 'invalid_value', message: 'Only drafts have a comment window' });
  return errors;
}
