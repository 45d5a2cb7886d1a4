import type { AdminQuestion } from '@vn-portal/schema';

/** How pressing a question is: past its due date, due within `dueSoonWorkingDays`, or neither. */
export type Urgency = 'overdue' | 'due-soon' | 'on-time' | 'closed';

/** Two working days: the warning an officer needs to get an answer signed off in time. */
export const dueSoonWorkingDays = 2;

/** `YYYY-MM-DD` plus a number of working days, as `addWorkingDays` of `@vn-portal/sdk/working-days`. */
export type WorkingDayCount = (start: string, days: number) => string;

const closedStates = new Set<AdminQuestion['state']>(['answered', 'published', 'rejected']);
const rank: Record<Urgency, number> = { overdue: 0, 'due-soon': 1, 'on-time': 2, closed: 3 };
const vietnamOffsetMs = 7 * 3_600_000;

/** Today's date on Vietnam's clock (UTC+7 all year). */
export const vietnamToday = (now: Date): string => new Date(now.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);

/**
 * Monday to Friday, without the public holidays: the SDK's holiday calendar needs the lunar
 * calendar, over a megabyte in a browser, so the console's "due soon" warning counts weekends only;
 * the due dates themselves come from the server, which counts every holiday.
 */
export const weekdaysOnly: WorkingDayCount = (start, days) => {
  const date = new Date(`${start}T00:00:00Z`);
  for (let remaining = days; remaining > 0; ) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) remaining -= 1;
  }
  return date.toISOString().slice(0, 10);
};

export function urgencyOf(question: Pick<AdminQuestion, 'state' | 'dueDate'>, now: Date, addWorkingDays: WorkingDayCount): Urgency {
  if (closedStates.has(question.state)) return 'closed';
  const today = vietnamToday(now);
  if (question.dueDate < today) return 'overdue';
  return question.dueDate <= addWorkingDays(today, dueSoonWorkingDays) ? 'due-soon' : 'on-time';
}

/** Overdue first, then due soon, then the rest, each by due date, then by arrival. */
export function inboxOrder<Q extends Pick<AdminQuestion, 'state' | 'dueDate' | 'receivedAt'>>(
  questions: readonly Q[],
  now: Date,
  addWorkingDays: WorkingDayCount,
): { question: Q; urgency: Urgency }[] {
  return questions
    .map((question) => ({ question, urgency: urgencyOf(question, now, addWorkingDays) }))
    .sort(
      (a, b) =>
        rank[a.urgency] - rank[b.urgency] ||
        a.question.dueDate.localeCompare(b.question.dueDate) ||
        a.question.receivedAt.localeCompare(b.question.receivedAt),
    );
}
