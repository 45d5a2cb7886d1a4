import type { Asker, QuestionState } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { csvDocument } from '../http/csv.js';
import type { Secrets } from '../security/secrets.js';
import { openAsker } from './asker-privacy.js';
import { listForBoard } from './question-repository.js';

const header = [
  'trackingCode', 'state', 'receivedAt', 'dueDate', 'topic', 'agency', 'title', 'content',
  'askerKind', 'fullName', 'organizationName', 'representativeName', 'representativePosition',
  'nationality', 'occupation', 'idNumber', 'address', 'phone', 'email', 'personalDataErasedAt',
];

function askerCells(asker: Asker | undefined): (string | undefined)[] {
  if (asker === undefined) return Array<undefined>(10).fill(undefined);
  if (asker.kind === 'individual') {
    return [asker.fullName, undefined, undefined, undefined, asker.nationality, asker.occupation, asker.idNumber, asker.address, asker.phone, asker.email];
  }
  return [undefined, asker.organizationName, asker.representativeName, asker.representativePosition, undefined, undefined, undefined, asker.address, asker.phone, asker.email];
}

/** The questions a key may see, with their askers, as CSV for the editorial board's spreadsheets. */
export async function exportQuestions(
  db: Kysely<Tables>,
  secrets: Secrets,
  query: { state?: QuestionState | undefined; agency?: string | undefined; agencies: readonly string[] },
): Promise<string> {
  const rows: (string | undefined)[][] = [];
  const pageSize = 500;
  for (let page = 1; ; page += 1) {
    const { rows: questions } = await listForBoard(db, { ...query, page, pageSize });
    for (const row of questions) {
      const asker = row.asker_sealed === null ? undefined : openAsker(secrets, row.id, row.asker_sealed);
      rows.push([
        row.tracking_code, row.state, row.received_at, row.due_date, row.topic, row.agency ?? undefined, row.title, row.content,
        row.asker_kind, ...askerCells(asker), row.personal_data_erased_at ?? undefined,
      ]);
    }
    if (questions.length < pageSize) break;
  }
  return csvDocument(header, rows);
}
