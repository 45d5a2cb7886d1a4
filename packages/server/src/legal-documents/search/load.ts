import { typeLabels } from '../labels.js';
import type { IndexedDocument } from './inverted-index.js';
import type { LegalDocumentType } from '@vn-portal/schema';
import type { Db } from '../db.js';


/** Rows per read when loading the whole register: bounded memory for the driver's result arrays. */
const sliceSize = 5000;

async function fieldCodes(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const fields = new Map<string, string[]>();
  if (ids.length === 0) return fields;
  const rows = await db.selectFrom('legal_document_field_links').select(['document_id', 'field_code']).where('document_id', 'in', ids).execute();
  for (const row of rows) {
    const list = fields.get(row.document_id) ?? [];
    list.push(row.field_code);
    fields.set(row.document_id, list);
  }
  return fields;
}

type Filter = { after: string } | { ids: readonly string[] };

/** One slice of documents in the shape the index takes, by id order or by id list. */
async function loadSlice(db: Db, filter: Filter): Promise<IndexedDocument[]> {
  let query = db
    .selectFrom('legal_documents as d')
    .innerJoin('legal_document_issuers as i', 'i.code', 'd.issuer_code')
    .select([
      'd.id',
      'd.stage',
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
  query = 'ids' in filter ? query.where('d.id', 'in', filter.ids) : query.where('d.id', '>', filter.after).orderBy('d.id').limit(sliceSize);
  const rows = await query.execute();
  const fields = await fieldCodes(db, rows.map((row) => row.id));
  return rows.map((row) => {
    const type = typeLabels[row.type as LegalDocumentType];
    return {
      id: row.id,
      stage: row.stage === 'draft' ? 'draft' : 'issued',
      agency: row.agency,
      type: row.type,
      issuer: row.issuer_code,
      fields: fields.get(row.id) ?? [],
      status: row.status,
      issuedDate: row.issued_date,
      effectiveDate: row.effective_date ?? undefined,
      number: row.number,
      summary: row.summary_en === null ? [row.summary_vi] : [row.summary_vi, row.summary_en],
      labels: [type.vi, type.en ?? '', row.issuer_vi, row.issuer_en ?? ''],
    };
  });
}

/** Every document, in slices, handed to `each` as they come. */
export async function loadAllDocuments(db: Db, each: (doc: IndexedDocument) => void): Promise<void> {
  let after = '';
  for (;;) {
    const slice = await loadSlice(db, { after });
    for (const doc of slice) each(doc);
    const last = slice.at(-1);
    if (!last || slice.length < sliceSize) return;
    after = last.id;
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
