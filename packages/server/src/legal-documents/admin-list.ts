import type { AdminLegalDocumentList, AdminLegalDocumentQuery, Output } from '@vn-portal/schema';
import { englishOutdated } from '@vn-portal/sdk';
import { readSummaries } from './read.js';
import type { Db } from './db.js';

type Query = Output<typeof AdminLegalDocumentQuery>;

/**
 * The register as the editorial board lists it, newest issue first: unpublished and withdrawn
 * documents too, each with its publication deadline, and the filters that find the late ones and
 * the ones whose English is older than their Vietnamese. `today` is the local day, which decides
 * whether an unpublished document is late yet.
 */
export async function listForAdmin(db: Db, query: Query, agencies: readonly string[], today: string, now: Date): Promise<AdminLegalDocumentList> {
  let base = db.selectFrom('legal_documents');
  if (agencies.length > 0) base = base.where('agency', 'in', agencies);
  if (query.agency !== undefined) base = base.where('agency', '=', query.agency);
  if (query.stage !== undefined) base = base.where('stage', '=', query.stage);
  if (query.state === 'unpublished') base = base.where('published', '=', 0);
  if (query.state === 'published') base = base.where('published', '=', 1).where('withdrawn_date', 'is', null);
  if (query.state === 'withdrawn') base = base.where('withdrawn_date', 'is not', null);
  if (query.late !== undefined) {
    const late = query.late === 'true';
    base = base.where((eb) => {
      const isLate = eb.or([
        eb('published_day', '>', eb.ref('publication_due_date')),
        eb.and([eb('published_day', 'is', null), eb('publication_due_date', '<', today)]),
      ]);
      return late ? isLate : eb.not(isLate);
    });
  }
  if (query.englishOutdated !== undefined) {
    const outdated = query.englishOutdated === 'true';
    base = base.where((eb) => {
      const isOutdated = eb.and([eb('en_updated_at', 'is not', null), eb('en_updated_at', '<', eb.ref('vi_updated_at'))]);
      return outdated ? isOutdated : eb.not(isOutdated);
    });
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['id', 'published', 'published_at', 'published_day', 'publication_due_date'])
    .orderBy('issued_date', 'desc')
    .orderBy('id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const summaries = await readSummaries(db, rows.map((row) => row.id), now);
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A document discarded meanwhile is left out of the summaries, so each finds its row by id.
  const items = summaries.flatMap((summary) => {
    const row = byId.get(summary.id);
    if (!row) return [];
    const late = row.published_day === null ? row.publication_due_date < today : row.published_day > row.publication_due_date;
    const publication = { dueDate: row.publication_due_date, late, ...(row.published === 1 ? { publishedAt: row.published_at } : {}) };
    return [{ ...summary, publication, englishOutdated: englishOutdated(summary.languageUpdatedAt) }];
  });
  // PostgreSQL answers count(*) as a bigint string.
  return { items, total: Number(total), page: query.page, pageSize: query.pageSize };
}
