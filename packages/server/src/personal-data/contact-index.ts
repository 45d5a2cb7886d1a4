import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { nationalDigits } from '../qa/asker-privacy.js';
import type { Secrets } from '../security/secrets.js';

/** The kinds of record that hold personal data. */
export type SubjectType = 'question' | 'draft-comment';

/** An email in lower case, a phone as its national digits: as people give them again later. */
export function normalizeContact(contact: string): string | undefined {
  const given = contact.trim();
  if (given.includes('@')) return given.toLowerCase();
  const digits = nationalDigits(given);
  return digits.length >= 9 ? digits : undefined;
}

function hashesOf(secrets: Secrets, contacts: readonly (string | undefined)[]): string[] {
  const normalized = contacts.flatMap((contact) => (contact === undefined ? [] : (normalizeContact(contact) ?? [])));
  return [...new Set(normalized)].map((contact) => secrets.contactHash(contact));
}

/** Makes a record findable by the emails and phones it holds (replacing what it was found by). */
export async function indexContacts(db: Kysely<Tables>, secrets: Secrets, subjectType: SubjectType, subjectId: string, contacts: readonly (string | undefined)[]): Promise<void> {
  await dropContacts(db, subjectType, subjectId);
  const rows = hashesOf(secrets, contacts).map((contact_hash) => ({ contact_hash, subject_type: subjectType, subject_id: subjectId }));
  if (rows.length > 0) await db.insertInto('contact_index').values(rows).execute();
}

export async function dropContacts(db: Kysely<Tables>, subjectType: SubjectType, subjectId: string): Promise<void> {
  await db.deleteFrom('contact_index').where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).execute();
}

/** The records holding a contact, oldest index entries first. */
export async function findByContactHash(db: Kysely<Tables>, contactHash: string): Promise<{ subjectType: SubjectType; subjectId: string }[]> {
  const rows = await db
    .selectFrom('contact_index')
    .select(['subject_type', 'subject_id'])
    .where('contact_hash', '=', contactHash)
    .orderBy('subject_type')
    .orderBy('subject_id')
    .execute();
  return rows.map((row) => ({ subjectType: row.subject_type as SubjectType, subjectId: row.subject_id }));
}
