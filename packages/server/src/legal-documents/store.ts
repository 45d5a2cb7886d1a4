import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { LanguageUpdates, LegalDocumentInput, LegalDocumentWithdrawal, LocalizedText, Output } from '@vn-portal/schema';
import { foldVietnamese } from '@vn-portal/sdk/vietnamese';
import { localDay, localMidnight, vietnamUtcOffsetMinutes } from '../calendar/local-day.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Tables } from '../db/tables.js';
import { languageUpdates, type BilingualTexts } from '../languages/language-updates.js';
import { readDeclaredDays } from '../qa/due-dates.js';
import { publicationDueDate } from './publication-deadline.js';
import { localized } from './read.js';
import { numberKey } from './search/text.js';
import type { LegalDocumentsTable } from './tables.js';
import type { Db } from './db.js';

/** A document as the admin API accepts it, after parsing (text in NFC, defaults applied). */
export type DocumentInput = Output<typeof LegalDocumentInput>;
/** A document as an old register brings it in: published on its own day, not on the day of the import. */
export type RegisteredInput = DocumentInput & { publishedOn?: string };
type Tx = Transaction<Tables>;

/**
 * Rows per multi-row INSERT: large enough that seeding 100,000 documents takes seconds, small enough
 * to stay under SQLite's limit of 32,766 bound parameters (documents have 25 columns).
 */
const batchSize = 500;

function chunks<T>(items: readonly T[], size = batchSize): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** A readable id from the number (`10-2024-qd-ubnd`), so links to documents say what they are. */
function slugOf(number: string): string {
  const slug = foldVietnamese(number).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return slug === '' ? 'van-ban' : slug;
}

/** Picks ids for new documents: the number's slug, or the slug and a random suffix when taken. */
async function newIds(db: Db | Tx, inputs: readonly DocumentInput[]): Promise<string[]> {
  const wanted = inputs.map((input) => slugOf(input.number));
  const taken = new Set<string>();
  for (const chunk of chunks([...new Set(wanted)])) {
    const rows = await db.selectFrom('legal_documents').select('id').where('id', 'in', chunk).execute();
    for (const row of rows) taken.add(row.id);
  }
  return wanted.map((slug) => {
    let id = slug;
    while (taken.has(id)) id = `${slug}-${randomBytes(4).toString('hex')}`;
    taken.add(id);
    return id;
  });
}

/** What the server keeps of a document beside its input: publication, deadline, language times. */
interface Register {
  published: boolean;
  /** Publication, or registration while unpublished. */
  publishedAt: string;
  publishedDay: string | null;
  dueDate: string;
  updatedAt: string;
  languages: LanguageUpdates;
}

/** The document's own bilingual texts, whose changes date each language (see `languageUpdates`). */
function textsOf(input: { summary: LocalizedText; signer?: { position?: LocalizedText | undefined } | undefined; content?: LocalizedText | undefined }): BilingualTexts {
  return [input.summary, input.signer?.position, input.content];
}

function documentRow(id: string, input: DocumentInput, register: Register): Omit<LegalDocumentsTable, 'withdrawn_date' | 'withdrawal_reason_vi' | 'withdrawal_reason_en' | 'number_duplicate'> {
  return {
    id,
    number: input.number,
    number_key: numberKey(input.number),
    type: input.type,
    summary_vi: input.summary.vi,
    summary_en: input.summary.en ?? null,
    issued_date: input.issuedDate,
    issuer_code: input.issuer.code,
    status: input.status,
    effective_date: input.effectiveDate ?? null,
    expiry_date: input.expiryDate ?? null,
    agency: input.agency,
    stage: input.stage,
    normative: input.normative ? 1 : 0,
    signer_name: input.signer?.name ?? null,
    signer_position_vi: input.signer?.position?.vi ?? null,
    signer_position_en: input.signer?.position?.en ?? null,
    gazette_number: input.gazette?.number ?? null,
    gazette_date: input.gazette?.date ?? null,
    content_vi: input.content?.vi ?? null,
    content_en: input.content?.en ?? null,
    comments_open_at: input.draft?.opensAt ?? null,
    comments_close_at: input.draft?.closesAt ?? null,
    published_at: register.publishedAt,
    updated_at: register.updatedAt,
    published: register.published ? 1 : 0,
    published_day: register.publishedDay,
    publication_due_date: register.dueDate,
    vi_updated_at: register.languages.vi,
    en_updated_at: register.languages.en ?? null,
  };
}

/** Issuers and fields are upserted from the documents naming them: the latest name wins. */
async function upsertLabels(tx: Tx, inputs: readonly DocumentInput[]): Promise<void> {
  const labels = (table: 'legal_document_issuers' | 'legal_document_fields', coded: DocumentInput['issuer'][]) => {
    const byCode = new Map(coded.map((label) => [label.code, { code: label.code, name_vi: label.name.vi, name_en: label.name.en ?? null }]));
    return chunks([...byCode.values()]).map((rows) =>
      tx
        .insertInto(table)
        .values(rows)
        .onConflict((conflict) =>
          conflict.column('code').doUpdateSet((eb) => ({ name_vi: eb.ref('excluded.name_vi'), name_en: eb.ref('excluded.name_en') })),
        )
        .execute(),
    );
  };
  for (const write of labels('legal_document_issuers', inputs.map((input) => input.issuer))) await write;
  for (const write of labels('legal_document_fields', inputs.flatMap((input) => input.fields))) await write;
}

/** Fields, relations and attachments of documents whose old ones (if any) are already gone. */
async function insertParts(tx: Tx, ids: readonly string[], inputs: readonly DocumentInput[]): Promise<void> {
  const fieldLinks = inputs.flatMap((input, index) =>
    [...new Map(input.fields.map((field) => [field.code, field])).values()].map((field, position) => ({
      document_id: ids[index] ?? '',
      field_code: field.code,
      position,
    })),
  );
  const relations = inputs.flatMap((input, index) =>
    input.relations.map((relation, position) => ({
      document_id: ids[index] ?? '',
      position,
      kind: relation.kind,
      number: relation.number,
      number_key: numberKey(relation.number),
      summary_vi: relation.summary?.vi ?? null,
      summary_en: relation.summary?.en ?? null,
    })),
  );
  const attachments = inputs.flatMap((input, index) =>
    input.attachments.map((attachment, position) => ({
      document_id: ids[index] ?? '',
      position,
      name: attachment.name,
      url: attachment.url,
      media_type: attachment.mediaType,
      size: attachment.size,
      signed: attachment.signed ? 1 : 0,
    })),
  );
  for (const rows of chunks(fieldLinks)) await tx.insertInto('legal_document_field_links').values(rows).execute();
  for (const rows of chunks(relations)) await tx.insertInto('legal_document_relations').values(rows).execute();
  for (const rows of chunks(attachments)) await tx.insertInto('legal_document_attachments').values(rows).execute();
}

async function deleteParts(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('legal_document_field_links').where('document_id', '=', id).execute();
  await tx.deleteFrom('legal_document_relations').where('document_id', '=', id).execute();
  await tx.deleteFrom('legal_document_attachments').where('document_id', '=', id).execute();
}

/** Logs changed documents, in the same transaction, for the search indexes of every process. */
export async function logChanges(tx: Db | Tx, ids: readonly string[]): Promise<void> {
  for (const rows of chunks(ids.map((id) => ({ document_id: id })))) await tx.insertInto('legal_document_changes').values(rows).execute();
}

/** A second document bearing a number its issuer already gave: the register holds one per issuer. */
export class DuplicateNumber extends Error {
  constructor(
    readonly number: string,
    readonly existingId: string,
  ) {
    super(`The issuer's document ${number} is already in the register`);
    this.name = 'DuplicateNumber';
  }
}

/** The register's document bearing each issuer's number, by `issuer number-key`. */
async function numberHolders(db: Db | Tx, inputs: readonly DocumentInput[]): Promise<Map<string, string>> {
  const holders = new Map<string, string>();
  for (const keys of chunks([...new Set(inputs.map((input) => numberKey(input.number)))])) {
    const rows = await db
      .selectFrom('legal_documents')
      .select(['id', 'issuer_code', 'number_key'])
      .where('number_key', 'in', keys)
      .where('number_duplicate', '=', 0)
      .execute();
    for (const row of rows) holders.set(`${row.issuer_code} ${row.number_key}`, row.id);
  }
  return holders;
}

/** Throws `DuplicateNumber` for the first input whose issuer and number another document holds (or an earlier input). */
async function assertNumbersFree(db: Db | Tx, inputs: readonly DocumentInput[], ownIds: readonly (string | undefined)[]): Promise<void> {
  const holders = await numberHolders(db, inputs);
  inputs.forEach((input, index) => {
    const key = `${input.issuer.code} ${numberKey(input.number)}`;
    const holder = holders.get(key);
    if (holder !== undefined && holder !== ownIds[index]) throw new DuplicateNumber(input.number, holder);
    holders.set(key, ownIds[index] ?? `(${String(index)})`);
  });
}

/**
 * Runs a write that may register a number; when a concurrent write registered it first (the
 * unique index refused this one), answers as the check before the write would have.
 */
async function numberChecked<T>(db: Db, inputs: readonly DocumentInput[], ownIds: readonly (string | undefined)[], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await assertNumbersFree(db, inputs, ownIds);
    throw error;
  }
}

/** Where and when a write happens: the local day decides publication days. */
export interface WriteClock {
  now: Date;
  utcOffsetMinutes: number;
}

const clockOf = (clock: Date | WriteClock): WriteClock => (clock instanceof Date ? { now: clock, utcOffsetMinutes: vietnamUtcOffsetMinutes } : clock);

/**
 * Inserts documents in one transaction and answers their new ids, in order. Refuses, writing
 * nothing, when one bears a number its issuer already gave (`DuplicateNumber`).
 */
export async function insertDocuments(db: Db, inputs: readonly RegisteredInput[], clock: Date | WriteClock = new Date()): Promise<string[]> {
  const { now, utcOffsetMinutes } = clockOf(clock);
  const at = now.toISOString();
  const today = localDay(now, utcOffsetMinutes);
  return numberChecked(db, inputs, [], () =>
    db.transaction().execute(async (tx) => {
      await assertNumbersFree(tx, inputs, []);
      const ids = await newIds(tx, inputs);
      await upsertLabels(tx, inputs);
      const declared = await readDeclaredDays(tx);
      const rows = inputs.map((input, index) => {
        const published = input.publish !== false;
        const { publishedOn } = input;
        const publishedAt = publishedOn === undefined ? at : localMidnight(publishedOn, utcOffsetMinutes);
        const register = { published, publishedAt, publishedDay: published ? (publishedOn ?? today) : null, dueDate: publicationDueDate(input.issuedDate, declared), updatedAt: at, languages: languageUpdates(textsOf(input), at) };
        return documentRow(ids[index] ?? '', input, register);
      });
      for (const chunk of chunks(rows)) await tx.insertInto('legal_documents').values(chunk).execute();
      await insertParts(tx, ids, inputs);
      await logChanges(tx, ids);
      return ids;
    }),
  );
}

/**
 * Replaces a document, keeping its id, publication and withdrawal. A document registered
 * unpublished is published when the input says `publish: true`; a published one cannot be
 * unpublished (it is withdrawn instead).
 */
export async function replaceDocument(db: Db, id: string, input: DocumentInput, clock: WriteClock): Promise<'replaced' | 'not-found' | 'published'> {
  const at = clock.now.toISOString();
  return numberChecked(db, [input], [id], () =>
    db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('legal_documents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!existing) return 'not-found';
      if (existing.published === 1 && input.publish === false) return 'published';
      await assertNumbersFree(tx, [input], [id]);
      await upsertLabels(tx, [input]);
      const before = {
        texts: textsOf({
          summary: localized(existing.summary_vi, existing.summary_en),
          signer: { position: existing.signer_position_vi === null ? undefined : localized(existing.signer_position_vi, existing.signer_position_en) },
          content: existing.content_vi === null ? undefined : localized(existing.content_vi, existing.content_en),
        }),
        updated: existing.en_updated_at === null ? { vi: existing.vi_updated_at } : { vi: existing.vi_updated_at, en: existing.en_updated_at },
      };
      const publishing = existing.published === 0 && input.publish === true;
      const register = {
        published: existing.published === 1 || publishing,
        publishedAt: publishing ? at : existing.published_at,
        publishedDay: publishing ? localDay(clock.now, clock.utcOffsetMinutes) : existing.published_day,
        dueDate: publicationDueDate(input.issuedDate, await readDeclaredDays(tx)),
        updatedAt: at,
        languages: languageUpdates(textsOf(input), at, before),
      };
      await tx.updateTable('legal_documents').set(documentRow(id, input, register)).where('id', '=', id).execute();
      await deleteParts(tx, id);
      await insertParts(tx, [id], [input]);
      await logChanges(tx, [id]);
      return 'replaced';
    }),
  );
}

/**
 * Discards a document registered by mistake, which only an unpublished one can be: the register
 * keeps every published document and draft for good (see `withdrawDocument`).
 */
export async function discardDocument(db: Db, id: string): Promise<'discarded' | 'not-found' | 'published'> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('legal_documents').select('published').where('id', '=', id).executeTakeFirst();
    if (!existing) return 'not-found';
    if (existing.published === 1) return 'published';
    await deleteParts(tx, id);
    await tx.deleteFrom('legal_documents').where('id', '=', id).execute();
    await logChanges(tx, [id]);
    return 'discarded';
  });
}

/** Withdraws a published document, which stays in the register, served and marked, with its comments. */
export async function withdrawDocument(
  db: Db,
  id: string,
  withdrawal: LegalDocumentWithdrawal,
  now: Date,
): Promise<'withdrawn' | 'not-found' | 'unpublished' | 'already-withdrawn'> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('legal_documents').select(['published', 'withdrawn_date']).where('id', '=', id).executeTakeFirst();
    if (!existing) return 'not-found';
    if (existing.published === 0) return 'unpublished';
    if (existing.withdrawn_date !== null) return 'already-withdrawn';
    await tx
      .updateTable('legal_documents')
      .set({ withdrawn_date: withdrawal.date, withdrawal_reason_vi: withdrawal.reason.vi, withdrawal_reason_en: withdrawal.reason.en ?? null, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    await logChanges(tx, [id]);
    return 'withdrawn';
  });
}
