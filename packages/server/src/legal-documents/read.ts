import type { Selectable } from 'kysely';
import type {
  Attachment,
  CodedLabel,
  CommentWindow,
  LegalDocument,
  LegalDocumentStatus,
  LegalDocumentSummary,
  LegalDocumentType,
  LocalizedText,
} from '@vn-portal/schema';
import { resolveRelations } from './relations.js';
import type { LegalDocumentsTable } from './tables.js';
import type { Db } from './db.js';

/**
 * What a summary shows: lists (search pages, the newest documents) read these columns only, never
 * a document's full text, which can run to hundreds of kilobytes.
 */
const summaryColumns = [
  'd.id',
  'd.number',
  'd.number_key',
  'd.type',
  'd.summary_vi',
  'd.summary_en',
  'd.issued_date',
  'd.issuer_code',
  'd.status',
  'd.effective_date',
  'd.expiry_date',
  'd.agency',
  'd.stage',
  'd.comments_open_at',
  'd.comments_close_at',
  'd.updated_at',
  'd.withdrawn_date',
  'd.withdrawal_reason_vi',
  'd.withdrawal_reason_en',
  'd.vi_updated_at',
  'd.en_updated_at',
] as const;

type Unprefixed<Column> = Column extends `d.${infer Name}` ? Name : never;
type IssuerNames = { issuer_name_vi: string; issuer_name_en: string | null };
type SummaryRow = Pick<Selectable<LegalDocumentsTable>, Unprefixed<(typeof summaryColumns)[number]>> & IssuerNames;

/** Both databases cap bound parameters; id lists are read in slices well under either cap. */
const sliceSize = 500;

export const localized = (vi: string, en: string | null): LocalizedText => (en === null ? { vi } : { vi, en });

/** Open, upcoming or closed right now; the window is half-open, closing at `closesAt` exactly. */
export function windowState(opensAt: string, closesAt: string, now: Date): CommentWindow['state'] {
  const time = now.getTime();
  if (time < Date.parse(opensAt)) return 'upcoming';
  return time < Date.parse(closesAt) ? 'open' : 'closed';
}

const withIssuer = (db: Db) =>
  db
    .selectFrom('legal_documents as d')
    .innerJoin('legal_document_issuers as i', 'i.code', 'd.issuer_code')
    .select(['i.name_vi as issuer_name_vi', 'i.name_en as issuer_name_en']);

async function summaryRows(db: Db, ids: readonly string[]): Promise<SummaryRow[]> {
  const rows: SummaryRow[] = [];
  for (let start = 0; start < ids.length; start += sliceSize) {
    rows.push(...(await withIssuer(db).select(summaryColumns).where('d.id', 'in', ids.slice(start, start + sliceSize)).execute()));
  }
  return rows;
}

/** Fields of each document, in the order the editor gave them. */
export async function fieldsOf(db: Db, ids: readonly string[]): Promise<Map<string, CodedLabel[]>> {
  const fields = new Map<string, CodedLabel[]>();
  for (let start = 0; start < ids.length; start += sliceSize) {
    const rows = await db
      .selectFrom('legal_document_field_links as l')
      .innerJoin('legal_document_fields as f', 'f.code', 'l.field_code')
      .select(['l.document_id', 'f.code', 'f.name_vi', 'f.name_en'])
      .where('l.document_id', 'in', ids.slice(start, start + sliceSize))
      .orderBy('l.document_id')
      .orderBy('l.position')
      .execute();
    for (const row of rows) {
      const list = fields.get(row.document_id) ?? [];
      list.push({ code: row.code, name: localized(row.name_vi, row.name_en) });
      fields.set(row.document_id, list);
    }
  }
  return fields;
}

async function attachmentsOf(db: Db, ids: readonly string[]): Promise<Map<string, Attachment[]>> {
  const attachments = new Map<string, Attachment[]>();
  if (ids.length === 0) return attachments;
  const rows = await db
    .selectFrom('legal_document_attachments')
    .selectAll()
    .where('document_id', 'in', ids)
    .orderBy('document_id')
    .orderBy('position')
    .execute();
  for (const row of rows) {
    const list = attachments.get(row.document_id) ?? [];
    list.push({ name: row.name, url: row.url, mediaType: row.media_type, size: row.size, signed: row.signed === 1 });
    attachments.set(row.document_id, list);
  }
  return attachments;
}

/** Published (approved) comments per draft, the count the public sees. */
async function commentCounts(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('legal_document_comments')
    .select((eb) => ['document_id', eb.fn.countAll<number | string>().as('count')])
    .where('document_id', 'in', ids)
    .where('state', '=', 'approved')
    .groupBy('document_id')
    .execute();
  // PostgreSQL answers count(*) as a bigint string.
  return new Map(rows.map((row) => [row.document_id, Number(row.count)]));
}

function summaryOf(
  row: SummaryRow,
  parts: { fields: Map<string, CodedLabel[]>; attachments: Map<string, Attachment[]>; comments: Map<string, number>; replacements: Map<string, { documentId: string; number: string }> },
  now: Date,
): LegalDocumentSummary {
  const summary: LegalDocumentSummary = {
    id: row.id,
    number: row.number,
    type: row.type as LegalDocumentType,
    summary: localized(row.summary_vi, row.summary_en),
    issuedDate: row.issued_date,
    issuer: { code: row.issuer_code, name: localized(row.issuer_name_vi, row.issuer_name_en) },
    fields: parts.fields.get(row.id) ?? [],
    status: row.status as LegalDocumentStatus,
    agency: row.agency,
    stage: row.stage === 'draft' ? 'draft' : 'issued',
    attachments: parts.attachments.get(row.id) ?? [],
  };
  if (row.effective_date !== null) summary.effectiveDate = row.effective_date;
  if (row.withdrawn_date !== null) summary.withdrawal = { date: row.withdrawn_date, reason: localized(row.withdrawal_reason_vi ?? '', row.withdrawal_reason_en) };
  summary.languageUpdatedAt = row.en_updated_at === null ? { vi: row.vi_updated_at } : { vi: row.vi_updated_at, en: row.en_updated_at };
  if (row.expiry_date !== null) summary.expiryDate = row.expiry_date;
  const replacement = parts.replacements.get(row.number_key);
  if (replacement && replacement.documentId !== row.id) summary.replacedBy = replacement;
  if (row.stage === 'draft' && row.comments_open_at !== null && row.comments_close_at !== null) {
    summary.draft = {
      opensAt: row.comments_open_at,
      closesAt: row.comments_close_at,
      state: windowState(row.comments_open_at, row.comments_close_at, now),
      commentCount: parts.comments.get(row.id) ?? 0,
    };
  }
  return summary;
}

/** By number key, the newest issued document of the register replacing a document with that number. */
async function replacementsOf(db: Db, numberKeys: readonly string[]): Promise<Map<string, { documentId: string; number: string }>> {
  const replacements = new Map<string, { documentId: string; number: string }>();
  if (numberKeys.length === 0) return replacements;
  // In two steps, each by its index: joined, SQLite walks every document instead of the relations
  // by number key.
  const relations = await db
    .selectFrom('legal_document_relations')
    .select(['number_key', 'document_id'])
    .where('number_key', 'in', [...new Set(numberKeys)])
    .where('kind', '=', 'replaces')
    .execute();
  if (relations.length === 0) return replacements;
  const documents = await db
    .selectFrom('legal_documents')
    .select(['id', 'number', 'issued_date'])
    .where('id', 'in', [...new Set(relations.map((relation) => relation.document_id))])
    .where('stage', '=', 'issued')
    .where('published', '=', 1)
    .where('withdrawn_date', 'is', null)
    .execute();
  const byId = new Map(documents.map((document) => [document.id, document]));
  const rows = relations.flatMap((relation) => {
    const document = byId.get(relation.document_id);
    return document ? [{ number_key: relation.number_key, ...document }] : [];
  });
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const kept = newest.get(row.number_key);
    if (!kept || row.issued_date > kept.issued_date || (row.issued_date === kept.issued_date && row.id < kept.id)) newest.set(row.number_key, row);
  }
  for (const [key, row] of newest) replacements.set(key, { documentId: row.id, number: row.number });
  return replacements;
}

async function summariesOfRows(db: Db, rows: SummaryRow[], now: Date, replaced?: ReadonlySet<string>): Promise<LegalDocumentSummary[]> {
  const ids = rows.map((row) => row.id);
  const drafts = rows.filter((row) => row.stage === 'draft').map((row) => row.id);
  const parts = {
    fields: await fieldsOf(db, ids),
    attachments: await attachmentsOf(db, ids),
    comments: await commentCounts(db, drafts),
    replacements: await replacementsOf(db, rows.flatMap((row) => (replaced === undefined || replaced.has(row.id) ? [row.number_key] : []))),
  };
  return rows.map((row) => summaryOf(row, parts, now));
}

/**
 * Summaries of the given documents in the given order; ids no longer there are left out. A caller
 * that knows which of them are replaced (`replaced`: the search index does) saves the lookup of
 * what replaces the others.
 */
export async function readSummaries(db: Db, ids: readonly string[], now = new Date(), replaced?: ReadonlySet<string>): Promise<LegalDocumentSummary[]> {
  const byId = new Map((await summaryRows(db, ids)).map((row) => [row.id, row]));
  const rows = ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
  return summariesOfRows(db, rows, now, replaced);
}

export interface LatestDocument {
  document: LegalDocumentSummary;
  /** When the register last changed the document, for feeds. */
  updatedAt: string;
}

/** The newest issued documents in force of the register, by date of issue and then of publication. */
export async function readLatest(db: Db, options: { agency?: string | undefined; limit: number }, now = new Date()): Promise<LatestDocument[]> {
  let query = withIssuer(db).select(summaryColumns).where('d.stage', '=', 'issued').where('d.published', '=', 1).where('d.withdrawn_date', 'is', null);
  if (options.agency !== undefined) query = query.where('d.agency', '=', options.agency);
  const rows = await query.orderBy('d.issued_date', 'desc').orderBy('d.published_at', 'desc').orderBy('d.id').limit(options.limit).execute();
  const summaries = await summariesOfRows(db, rows, now);
  return summaries.map((document, index) => ({ document, updatedAt: rows[index]?.updated_at ?? document.issuedDate }));
}

/**
 * The agency whose register holds a document, for scoping admin keys; undefined when there is none,
 * or when it is unpublished and `unpublished` (what admin routes see) is not set.
 */
export async function documentAgency(db: Db, id: string, unpublished = false): Promise<string | undefined> {
  let query = db.selectFrom('legal_documents').select('agency').where('id', '=', id);
  if (!unpublished) query = query.where('published', '=', 1);
  return (await query.executeTakeFirst())?.agency;
}

/**
 * One document with every field, its relations resolved both ways; undefined when there is none,
 * or when it is unpublished and `unpublished` (what admin routes see) is not set.
 */
export async function readDocument(db: Db, id: string, now = new Date(), unpublished = false): Promise<LegalDocument | undefined> {
  let query = withIssuer(db).selectAll('d').where('d.id', '=', id);
  if (!unpublished) query = query.where('d.published', '=', 1);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const [summary] = await summariesOfRows(db, [row], now);
  if (!summary) return undefined;
  const document: LegalDocument = {
    ...summary,
    normative: row.normative === 1,
    relations: await resolveRelations(db, row),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
  if (row.signer_name !== null) {
    document.signer =
      row.signer_position_vi === null
        ? { name: row.signer_name }
        : { name: row.signer_name, position: localized(row.signer_position_vi, row.signer_position_en) };
  }
  if (row.gazette_number !== null && row.gazette_date !== null) document.gazette = { number: row.gazette_number, date: row.gazette_date };
  if (row.content_vi !== null) document.content = localized(row.content_vi, row.content_en);
  return document;
}
