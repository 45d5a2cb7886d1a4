import { typeLabels } from '../labels.js';
import type { IndexedDocument } from './inverted-index.js';
import type { LegalDocumentType } from '@vn-portal/schema';
import type { Db } from '../db.js';


/** Rows per read when loading the whole register: bounded memory for the driver's result arrays. */
const sliceSize = 5000;

function byDocument<T>(rows: readonly (T & { document_id: string })[]): Map<string, T[]> {
  const lists = new Map<string, T[]>();
  for (const row of rows) {
    const list = lists.get(row.document_id) ?? [];
    list.push(row);
    lists.set(row.document_id, list);
  }
  return lists;
}

async function fieldCodes(db: Db, ids: readonly string[]): Promise<Map<string, { field_code: string }[]>> {
  if (ids.length === 0) return new Map();
  return byDocument(await db.selectFrom('legal_document_field_links').select(['document_id', 'field_code']).where('document_id', 'in', ids).execute());
}

async function relationsOf(db: Db, ids: readonly string[]): Promise<Map<string, { kind: string; number: string }[]>> {
  if (ids.length === 0) return new Map();
  return byDocument(await db.selectFrom('legal_document_relations').select(['document_id', 'kind', 'number']).where('document_id', 'in', ids).execute());
}

/**
 * The stage a search finds a document in: withdrawn documents and drafts only when asked for
 * (`stage=withdrawn`), unpublished ones never (no query names their stage).
 */
function indexedStage(row: { stage: string; published: number; withdrawn_date: string | null }): IndexedDocument['stage'] {
  if (row.published === 0) return 'unpublished';
  if (row.withdrawn_date !== null) return 'withdrawn';
  return row.stage === 'draft' ? 'draft' : 'issued';
}

/** Where the previous slice ended, in load order. */
interface Position {
  issued: string;
  id: string;
}

type Filter = { after: Position | undefined } | { ids: readonly string[] };

/** One slice of documents in the shape the index takes, in load order or by id list. */
async function loadSlice(db: Db, filter: Filter): Promise<IndexedDocument[]> {
  let query = db
    .selectFrom('legal_documents as d')
    .innerJoin('legal_document_issuers as i', 'i.code', 'd.issuer_code')
    .select([
      'd.id',
      'd.stage',
      'd.published',
      'd.withdrawn_date',
      'd.agency',
      'd.type',
      'd.issuer_code',
      'd.status',
      'd.issued_date',
      'd.effective_date',
      'd.number',
      'd.summary_vi',
      'd.summary_en',
      'i.name_vi as issuer_vi',
      'i.name_en as issuer_en',
    ]);
  if ('ids' in filter) query = query.where('d.id', 'in', filter.ids);
  else {
    const { after } = filter;
    if (after) query = query.where((eb) => eb(eb.refTuple('d.issued_date', 'd.id'), '>', eb.tuple(after.issued, after.id)));
    query = query.orderBy('d.issued_date').orderBy('d.id').limit(sliceSize);
  }
  const rows = await query.execute();
  const ids = rows.map((row) => row.id);
  const fields = await fieldCodes(db, ids);
  const relations = await relationsOf(db, ids);
  return rows.map((row) => {
    const type = typeLabels[row.type as LegalDocumentType];
    return {
      id: row.id,
      stage: indexedStage(row),
      agency: row.agency,
      type: row.type,
      issuer: row.issuer_code,
      fields: (fields.get(row.id) ?? []).map((field) => field.field_code),
      status: row.status,
      issuedDate: row.issued_date,
      effectiveDate: row.effective_date ?? undefined,
      number: row.number,
      relations: (relations.get(row.id) ?? []).map(({ kind, number }) => ({ kind, number })),
      summary: row.summary_en === null ? [row.summary_vi] : [row.summary_vi, row.summary_en],
      labels: [type.vi, type.en ?? '', row.issuer_vi, row.issuer_en ?? ''],
    };
  });
}

/**
 * Every document, in slices, handed to `each` as they come, oldest first. The index numbers
 * documents in the order it is given them, so a year's documents get neighbouring rows: a search
 * filtered by year reads them in one sweep instead of a cache miss each (about 7 times faster to
 * count over 100,000 documents). Documents changed later go to the end until the next rebuild.
 */
export async function loadAllDocuments(db: Db, each: (doc: IndexedDocument) => void): Promise<void> {
  let after: Position | undefined;
  for (;;) {
    const slice = await loadSlice(db, { after });
    for (const doc of slice) each(doc);
    const last = slice.at(-1);
    if (!last || slice.length < sliceSize) return;
    after = { issued: last.issuedDate, id: last.id };
    // SQLite's driver is synchronous: let waiting requests run between slices of a long load.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The given documents as they are now; ids missing from the answer were deleted. */
export async function loadDocuments(db: Db, ids: readonly string[]): Promise<IndexedDocument[]> {
  const docs: IndexedDocument[] = [];
  for (let start = 0; start < ids.length; start += sliceSize) docs.push(...(await loadSlice(db, { ids: ids.slice(start, start + sliceSize) })));
  return docs;
}
