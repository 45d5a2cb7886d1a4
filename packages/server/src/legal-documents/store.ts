import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { LegalDocumentInput, Output } from '@vn-portal/schema';
import { foldVietnamese } from '@vn-portal/sdk/vietnamese';
import { numberKey } from './search/text.js';
import type { Tables } from '../db/tables.js';
import type { LegalDocumentsTable } from './tables.js';
import type { Db } from './db.js';

/** A document as the admin API accepts it, after parsing (text in NFC, defaults applied). */
export type DocumentInput = Output<typeof LegalDocumentInput>;
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

function documentRow(id: string, input: DocumentInput, publishedAt: string, updatedAt: string): LegalDocumentsTable {
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
    published_at: publishedAt,
    updated_at: updatedAt,
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

/** Inserts documents in one transaction and answers their new ids, in order. */
export async function insertDocuments(db: Db, inputs: readonly DocumentInput[], now = new Date()): Promise<string[]> {
  const at = now.toISOString();
  return db.transaction().execute(async (tx) => {
    const ids = await newIds(tx, inputs);
    await upsertLabels(tx, inputs);
    const rows = inputs.map((input, index) => documentRow(ids[index] ?? '', input, at, at));
    for (const chunk of chunks(rows)) await tx.insertInto('legal_documents').values(chunk).execute();
    await insertParts(tx, ids, inputs);
    await logChanges(tx, ids);
    return ids;
  });
}

/** Replaces a document, keeping its id and publication time; false when there is none. */
export async function replaceDocument(db: Db, id: string, input: DocumentInput, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('legal_documents').select('published_at').where('id', '=', id).executeTakeFirst();
    if (!existing) return false;
    await upsertLabels(tx, [input]);
    await tx.updateTable('legal_documents').set(documentRow(id, input, existing.published_at, now.toISOString())).where('id', '=', id).execute();
    await deleteParts(tx, id);
    await insertParts(tx, [id], [input]);
    await logChanges(tx, [id]);
    return true;
  });
}

/** Deletes a document with its comments; false when there is none. */
export async function deleteDocument(db: Db, id: string): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    await deleteParts(tx, id);
    await tx.deleteFrom('legal_document_comments').where('document_id', '=', id).execute();
    const result = await tx.deleteFrom('legal_documents').where('id', '=', id).executeTakeFirst();
    await logChanges(tx, [id]);
    return result.numDeletedRows > 0n;
  });
}
