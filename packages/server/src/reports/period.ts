import type { ActivityReportQuery, FieldError, Output } from '@vn-portal/schema';
import { localMidnight } from '../calendar/local-day.js';
import { ProblemError } from '../http/problem.js';

const dayMs = 86_400_000;
/** The longest period one report covers: a term of office and then some. */
const maxDays = 10 * 366;

export interface Period {
  /** Local days, both included. */
  from: string;
  to: string;
  /** The same period as instants, `[start, end)`, for columns holding instants. */
  start: string;
  end: string;
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** The first day of the `months` months ending on `day`: six months ending on 30 June start on 1 January. */
function monthsEndingOn(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = addDays(day, 1).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - months, date)).toISOString().slice(0, 10);
}


/** The period a report query names: `from`…`to`, or the preset (a year when nothing is said) ending on `to` or today. */
export function periodOf(query: Output<typeof ActivityReportQuery>, today: string, utcOffsetMinutes: number): Period {
  const to = query.to ?? today;
  const from = query.from ?? monthsEndingOn(to, query.preset === 'six-months' ? 6 : 12);
  const errors: FieldError[] = [];
  if (query.preset !== undefined && query.from !== undefined) errors.push({ path: 'from', code: 'invalid_value', message: 'A preset period ends on `to`: give one or the other' });
  if (errors.length === 0 && from > to) errors.push({ path: 'from', code: 'too_big', message: 'The period must start before it ends' });
  if (errors.length === 0 && (Date.parse(to) - Date.parse(from)) / dayMs > maxDays) errors.push({ path: 'from', code: 'too_small', message: 'A report covers at most ten years' });
  if (errors.length > 0) throw new ProblemError(400, 'validation-failed', undefined, errors);
  return { from, to, start: localMidnight(from, utcOffsetMinutes), end: localMidnight(addDays(to, 1), utcOffsetMinutes) };
}
