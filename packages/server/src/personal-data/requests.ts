import type {
  DataSubjectRequest,
  DataSubjectRequestDetail,
  DataSubjectRequestInput,
  DataSubjectRequestKind,
  DataSubjectRequestState,
  DataSubjectRequestTransition,
  Output,
  PersonalDataRecord,
} from '@vn-portal/schema';
import type { Kysely, Selectable } from 'kysely';
import { localDay } from '../calendar/local-day.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import type { DataSubjectRequestsTable, Tables } from '../db/tables.js';
import { inTransaction } from '../db/transactions.js';
import { conflict, invalidFields, notFound } from '../http/problem.js';
import { openAsker } from '../qa/asker-privacy.js';
import { dueDateOf, readDeclaredDays } from '../qa/due-dates.js';
import type { Secrets } from '../security/secrets.js';
import { readConsent, withdrawConsent } from './consent-records.js';
import { findByContactHash, normalizeContact } from './contact-index.js';
import { eraseCommenter, eraseQuestionAsker, scrubErasedData } from './erasure.js';

type RequestRow = Selectable<DataSubjectRequestsTable>;
type Transition = Output<typeof DataSubjectRequestTransition>;

/** Decree 356/2025/NĐ-CP: a request is acknowledged within 2 working days… */
export const acknowledgeWorkingDays = 2;
/** …and carried out within 15 days (calendar days: the stricter reading). */
export const completionDays = 15;

const dayMs = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

const open = (state: string) => state === 'received' || state === 'acknowledged';

function toRequest(row: RequestRow, secrets: Secrets, today: string): DataSubjectRequest {
  const overdue = (row.state === 'received' && today > row.acknowledge_by) || (open(row.state) && today > row.due_by);
  return {
    id: row.id,
    kind: row.kind as DataSubjectRequestKind,
    state: row.state as DataSubjectRequestState,
    ...(row.contact_sealed === null ? {} : { contact: secrets.open(row.contact_sealed, row.id) }),
    receivedAt: row.received_at,
    acknowledgeBy: row.acknowledge_by,
    dueBy: row.due_by,
    ...(row.acknowledged_at === null ? {} : { acknowledgedAt: row.acknowledged_at }),
    ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
    overdue,
    ...(row.note === null ? {} : { note: row.note }),
    ...(row.outcome === null ? {} : { outcome: row.outcome }),
    ...(row.erased_records === null ? {} : { erasedRecords: row.erased_records }),
  };
}

const today = (context: AppContext) => localDay(context.now(), context.config.utcOffsetMinutes);

async function findRow(db: Kysely<Tables>, id: string): Promise<RequestRow> {
  const row = await db.selectFrom('data_subject_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw notFound();
  return row;
}

/** Records a person's request, with the deadlines counted from the day it reached the agency. */
export async function createRequest(context: AppContext, input: Output<typeof DataSubjectRequestInput>): Promise<DataSubjectRequest> {
  const normalized = normalizeContact(input.contact);
  if (normalized === undefined) throw invalidFields([{ path: 'contact', code: 'invalid-contact', message: 'Give the email or the phone number the person used' }]);
  const receivedAt = input.receivedAt === undefined ? context.now() : new Date(input.receivedAt);
  const receivedDay = localDay(receivedAt, context.config.utcOffsetMinutes);
  const id = newId();
  const row: RequestRow = {
    id,
    kind: input.kind,
    state: 'received',
    contact_sealed: context.secrets.seal(input.contact, id),
    contact_hash: context.secrets.contactHash(normalized),
    received_at: receivedAt.toISOString(),
    acknowledge_by: dueDateOf(receivedDay, acknowledgeWorkingDays, await readDeclaredDays(context.db)),
    due_by: addDays(receivedDay, completionDays),
    acknowledged_at: null,
    closed_at: null,
    note: input.note ?? null,
    outcome: null,
    erased_records: null,
  };
  await context.db.insertInto('data_subject_requests').values(row).execute();
  return toRequest(row, context.secrets, today(context));
}

/** Requests oldest deadline first, open ones before closed ones. */
export async function listRequests(
  context: AppContext,
  query: { state?: DataSubjectRequestState | undefined; page: number; pageSize: number },
): Promise<{ items: DataSubjectRequest[]; total: number }> {
  let base = context.db.selectFrom('data_subject_requests');
  if (query.state !== undefined) base = base.where('state', '=', query.state);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy((eb) => eb.case().when('closed_at', 'is', null).then(0).else(1).end())
    .orderBy('due_by')
    .orderBy('received_at')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const day = today(context);
  return { items: rows.map((row) => toRequest(row, context.secrets, day)), total };
}

/** Every record that holds the contact of an open request, as an access request shows them. */
async function recordsOf(db: Kysely<Tables>, secrets: Secrets, row: RequestRow): Promise<PersonalDataRecord[]> {
  if (row.contact_hash === null) return [];
  const records: PersonalDataRecord[] = [];
  for (const { subjectType, subjectId } of await findByContactHash(db, row.contact_hash)) {
    const consent = await readConsent(db, subjectType, subjectId);
    const withConsent = consent === undefined ? {} : { consent };
    if (subjectType === 'question') {
      const question = await db.selectFrom('questions').select(['id', 'tracking_code', 'title', 'received_at', 'asker_sealed']).where('id', '=', subjectId).executeTakeFirst();
      if (question?.asker_sealed == null) continue;
      records.push({
        kind: 'question',
        id: question.id,
        receivedAt: question.received_at,
        reference: `${question.tracking_code}: ${question.title}`.slice(0, 300),
        asker: openAsker(secrets, question.id, question.asker_sealed),
        ...withConsent,
      });
    } else {
      const comment = await db.selectFrom('legal_document_comments').selectAll().where('id', '=', subjectId).executeTakeFirst();
      if (comment === undefined || comment.personal_data_erased_at !== null) continue;
      records.push({
        kind: 'draft-comment',
        id: comment.id,
        receivedAt: comment.received_at,
        reference: comment.document_id,
        commenter: { name: comment.name, email: secrets.open(comment.email, comment.id), ...(comment.organization === null ? {} : { organization: comment.organization }) },
        ...withConsent,
      });
    }
  }
  return records;
}

export async function requestDetail(context: AppContext, id: string): Promise<DataSubjectRequestDetail> {
  const row = await findRow(context.db, id);
  return { ...toRequest(row, context.secrets, today(context)), records: await recordsOf(context.db, context.secrets, row) };
}

const allowedFrom: Record<Transition['action'], readonly string[]> = {
  acknowledge: ['received'],
  complete: ['received', 'acknowledged'],
  refuse: ['received', 'acknowledged'],
};

/**
 * One step of a request. Completing a deletion erases every record found; a withdrawal of consent
 * records the withdrawal and erases them too, since consent was their only ground. Closing a
 * request erases the contact it was asked with: what was done stays, not who asked.
 */
export async function transitionRequest(context: AppContext, id: string, transition: Transition): Promise<DataSubjectRequest> {
  const at = context.now().toISOString();
  const closing = transition.action !== 'acknowledge';
  const row = await inTransaction(context.db, async (db) => {
    const current = await findRow(db, id);
    if (!allowedFrom[transition.action].includes(current.state)) throw conflict(`A ${current.state} request cannot be ${transition.action}d`);
    let erased: number | null = null;
    if (transition.action === 'complete' && (current.kind === 'deletion' || current.kind === 'withdrawal')) {
      erased = 0;
      for (const record of await recordsOf(db, context.secrets, current)) {
        const subjectType = record.kind === 'question' ? 'question' : 'draft-comment';
        if (current.kind === 'withdrawal') await withdrawConsent(db, subjectType, record.id, at);
        const done = subjectType === 'question' ? await eraseQuestionAsker(db, record.id, at) : await eraseCommenter(db, record.id, at);
        if (done) erased += 1;
      }
    }
    const changes: Partial<RequestRow> = closing
      ? {
          state: transition.action === 'complete' ? 'completed' : 'refused',
          acknowledged_at: current.acknowledged_at ?? at,
          closed_at: at,
          outcome: transition.action === 'refuse' ? transition.reason : (transition.note ?? null),
          erased_records: erased,
          contact_sealed: null,
          contact_hash: null,
        }
      : { state: 'acknowledged', acknowledged_at: at, ...(transition.note === undefined ? {} : { note: transition.note }) };
    await db.updateTable('data_subject_requests').set(changes).where('id', '=', id).execute();
    return { ...current, ...changes };
  });
  if (closing) await scrubErasedData(context.database);
  return toRequest(row, context.secrets, today(context));
}
