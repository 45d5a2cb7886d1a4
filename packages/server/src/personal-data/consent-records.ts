import type { ConsentRecord } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import type { SubjectType } from './contact-index.js';

const purposeOf: Record<SubjectType, ConsentRecord['purpose']> = { question: 'answer-question', 'draft-comment': 'draft-comment' };

/**
 * Keeps the proof of a consent (Decree 356/2025/NĐ-CP): which notice, for what, when. The record
 * holds no personal data itself, so it outlives the erasure of the data it covered.
 */
export async function recordConsent(db: Kysely<Tables>, subjectType: SubjectType, subjectId: string, noticeVersion: string, givenAt: string): Promise<void> {
  await db
    .insertInto('consent_records')
    .values({ subject_type: subjectType, subject_id: subjectId, purpose: purposeOf[subjectType], notice_version: noticeVersion, given_at: givenAt, withdrawn_at: null })
    .execute();
}

export async function readConsent(db: Kysely<Tables>, subjectType: SubjectType, subjectId: string): Promise<ConsentRecord | undefined> {
  const row = await db.selectFrom('consent_records').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    noticeVersion: row.notice_version,
    purpose: row.purpose as ConsentRecord['purpose'],
    givenAt: row.given_at,
    ...(row.withdrawn_at === null ? {} : { withdrawnAt: row.withdrawn_at }),
  };
}

export async function withdrawConsent(db: Kysely<Tables>, subjectType: SubjectType, subjectId: string, at: string): Promise<void> {
  await db
    .updateTable('consent_records')
    .set({ withdrawn_at: at })
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('withdrawn_at', 'is', null)
    .execute();
}
