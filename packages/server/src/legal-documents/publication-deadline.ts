import { addWorkingDays } from '@vn-portal/sdk/working-days';
import type { DeclaredDays } from '../qa/due-dates.js';
import { readDeclaredDays } from '../qa/due-dates.js';
import type { Db } from './db.js';

/** A document is published within this many working days of its issue (Cao Bằng 01/2014, art. 8.1.c). */
export const publicationWorkingDays = 2;

/**
 * How far before a changed calendar day a document's deadline can reach it: 2 working days, even
 * across the longest Tết break and the weekends around it, span well under a month.
 */
const reachDays = 31;

/** The last day a document issued on `issuedDate` may be published on time. */
export function publicationDueDate(issuedDate: string, declared: DeclaredDays): string {
  return addWorkingDays(issuedDate, publicationWorkingDays, declared);
}

/** After a change of the calendar on `day`, the documents whose deadline it can move get theirs again. */
export async function recomputePublicationDueDates(db: Db, day: string): Promise<number> {
  const declared = await readDeclaredDays(db);
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - reachDays * 86_400_000).toISOString().slice(0, 10);
  const documents = await db
    .selectFrom('legal_documents')
    .select(['id', 'issued_date', 'publication_due_date'])
    .where('issued_date', '>=', from)
    .where('issued_date', '<=', day)
    .execute();
  let moved = 0;
  for (const document of documents) {
    const due = publicationDueDate(document.issued_date, declared);
    if (due === document.publication_due_date) continue;
    await db.updateTable('legal_documents').set({ publication_due_date: due }).where('id', '=', document.id).execute();
    moved += 1;
  }
  return moved;
}
