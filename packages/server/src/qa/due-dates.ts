import { addWorkingDays } from '@vn-portal/sdk/working-days';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { openStates } from './workflow.js';

export interface DeclaredDays {
  extraDaysOff: string[];
  extraWorkingDays: string[];
}

/** The government's extra days off and make-up working days, as the admin declared them. */
export async function readDeclaredDays(db: Kysely<Tables>): Promise<DeclaredDays> {
  const rows = await db.selectFrom('calendar_days').select(['date', 'kind']).execute();
  return {
    extraDaysOff: rows.filter((row) => row.kind === 'day-off').map((row) => row.date),
    extraWorkingDays: rows.filter((row) => row.kind === 'working-day').map((row) => row.date),
  };
}

/** The answer is due this many working days after the day the question arrived. */
export function dueDateOf(receivedDay: string, workingDays: number, declared: DeclaredDays): string {
  return addWorkingDays(receivedDay, workingDays, declared);
}

/**
 * After a change of the calendar, every question still waiting gets its due date computed again,
 * but for those whose progress notice set a date: the asker was told that one.
 */
export async function recomputeOpenDueDates(db: Kysely<Tables>): Promise<number> {
  const declared = await readDeclaredDays(db);
  const open = await db.selectFrom('questions').select(['id', 'received_day', 'working_days', 'due_date']).where('state', 'in', openStates)
    .where('notice_due_date', 'is', null)
    .execute();
  let moved = 0;
  for (const question of open) {
    const due = dueDateOf(question.received_day, question.working_days, declared);
    if (due === question.due_date) continue;
    await db.updateTable('questions').set({ due_date: due }).where('id', '=', question.id).execute();
    moved += 1;
  }
  return moved;
}
