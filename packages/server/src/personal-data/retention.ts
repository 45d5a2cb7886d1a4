import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { inTransaction } from '../db/transactions.js';
import { openStates } from '../qa/workflow.js';
import { eraseCommenter, eraseQuestionAsker, scrubErasedData } from './erasure.js';

const dayMs = 86_400_000;

export interface RetentionOutcome {
  questions: number;
  comments: number;
}

/**
 * Erases the personal data kept longer than the retention period: askers of questions closed
 * (answered, published or rejected) that long ago, and commenters of comments moderated (or left
 * pending) that long ago. Questions still waiting for an answer keep their asker.
 */
export async function eraseExpiredPersonalData(database: Database, retentionDays: number, now: Date): Promise<RetentionOutcome> {
  const cutoff = new Date(now.getTime() - retentionDays * dayMs).toISOString();
  const at = now.toISOString();
  const outcome = await inTransaction(database.db, async (db: Kysely<Tables>) => {
    const questions = await db
      .selectFrom('questions')
      .select('id')
      .where('asker_sealed', 'is not', null)
      .where('state', 'not in', openStates)
      .where('updated_at', '<', cutoff)
      .execute();
    const comments = await db
      .selectFrom('legal_document_comments')
      .select('id')
      .where('personal_data_erased_at', 'is', null)
      .where((eb) => eb.fn.coalesce('moderated_at', 'received_at'), '<', cutoff)
      .execute();
    for (const { id } of questions) await eraseQuestionAsker(db, id, at);
    for (const { id } of comments) await eraseCommenter(db, id, at);
    return { questions: questions.length, comments: comments.length };
  });
  if (outcome.questions + outcome.comments > 0) await scrubErasedData(database);
  return outcome;
}
