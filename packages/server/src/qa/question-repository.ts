import type {
  AdminQuestion,
  Answer,
  AnswerMatch,
  Asker,
  CodedLabel,
  LocalizedText,
  PublishedAnswer,
  QaFormConfig,
  QuestionState,
  QuestionStatus,
  QuestionTimelineEntry,
} from '@vn-portal/schema';
import { foldVietnamese } from '@vn-portal/sdk/vietnamese';
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { QuestionsTable, Tables } from '../db/tables.js';
import type { Secrets } from '../security/secrets.js';
import { readConsent, recordConsent } from '../personal-data/consent-records.js';
import { indexContacts } from '../personal-data/contact-index.js';
import { sealAsker } from './asker-privacy.js';

export type QuestionRow = Selectable<QuestionsTable>;

export interface PublicText {
  title: LocalizedText;
  question: LocalizedText;
}

export interface EventData {
  agency?: CodedLabel;
  note?: LocalizedText;
  newDueDate?: string;
}

/** Words for search: folded (no diacritics, đ→d), letters and digits only. */
export function searchWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

const searchTextOf = (...texts: string[]) => ` ${searchWords(texts.join(' ')).join(' ')} `;

/** Names coded topics and agencies from the form configuration, falling back to the code. */
export function labelOf(code: string, labels: readonly CodedLabel[]): CodedLabel {
  return labels.find((label) => label.code === code) ?? { code, name: { vi: code } };
}

export async function insertQuestion(
  db: Kysely<Tables>,
  secrets: Secrets,
  question: {
    id: string;
    trackingCode: string;
    asker: Asker;
    topic: string;
    agency: string | undefined;
    title: string;
    content: string;
    receivedAt: string;
    receivedDay: string;
    workingDays: number;
    dueDate: string;
    /** Version of the consent notice the asker accepted. */
    consentVersion: string;
  },
): Promise<void> {
  await db
    .insertInto('questions')
    .values({
      id: question.id,
      tracking_code: question.trackingCode,
      state: 'received',
      topic: question.topic,
      agency: question.agency ?? null,
      title: question.title,
      content: question.content,
      search_text: searchTextOf(question.title, question.content),
      asker_kind: question.asker.kind,
      asker_sealed: sealAsker(secrets, question.id, question.asker),
      received_at: question.receivedAt,
      received_day: question.receivedDay,
      working_days: question.workingDays,
      due_date: question.dueDate,
      notice_due_date: null,
      answer: null,
      public_text: null,
      rejection_reason: null,
      published_at: null,
      personal_data_erased_at: null,
      updated_at: question.receivedAt,
    })
    .execute();
  await appendEvent(db, question.id, 'received', question.receivedAt, {});
  await recordConsent(db, 'question', question.id, question.consentVersion, question.receivedAt);
  await indexContacts(db, secrets, 'question', question.id, [question.asker.email, question.asker.phone]);
}

/** Replaces the asker with the corrected one the person asked for; false once erased. */
export async function replaceAsker(db: Kysely<Tables>, secrets: Secrets, id: string, asker: Asker, at: string): Promise<boolean> {
  const result = await db
    .updateTable('questions')
    .set({ asker_kind: asker.kind, asker_sealed: sealAsker(secrets, id, asker), updated_at: at })
    .where('id', '=', id)
    .where('asker_sealed', 'is not', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await indexContacts(db, secrets, 'question', id, [asker.email, asker.phone]);
  return true;
}

export async function appendEvent(db: Kysely<Tables>, questionId: string, state: QuestionState, at: string, data: EventData): Promise<void> {
  const last = await db
    .selectFrom('question_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  await db.insertInto('question_events').values({ question_id: questionId, seq, state, at, data: JSON.stringify(data) }).execute();
}

export async function findQuestion(db: Kysely<Tables>, by: { id: string } | { trackingCode: string }): Promise<QuestionRow | undefined> {
  const query = db.selectFrom('questions').selectAll();
  return ('id' in by ? query.where('id', '=', by.id) : query.where('tracking_code', '=', by.trackingCode)).executeTakeFirst();
}

async function timelineOf(db: Kysely<Tables>, questionId: string): Promise<QuestionTimelineEntry[]> {
  const events = await db.selectFrom('question_events').selectAll().where('question_id', '=', questionId).orderBy('seq').execute();
  return events.map((event) => ({ state: event.state as QuestionState, at: event.at, ...(JSON.parse(event.data) as EventData) }));
}

const parseJson = (json: string | null): unknown => (json === null ? undefined : JSON.parse(json));

/** What the asker sees with code and contact: the workflow, never anyone's personal data. */
export async function questionStatus(db: Kysely<Tables>, row: QuestionRow, config: QaFormConfig): Promise<QuestionStatus> {
  const answer = parseJson(row.answer) as Answer | undefined;
  const rejectionReason = parseJson(row.rejection_reason) as LocalizedText | undefined;
  return {
    trackingCode: row.tracking_code,
    title: row.title,
    topic: labelOf(row.topic, config.topics),
    state: row.state as QuestionState,
    receivedAt: row.received_at,
    dueDate: row.due_date,
    timeline: await timelineOf(db, row.id),
    ...(answer === undefined ? {} : { answer }),
    ...(rejectionReason === undefined ? {} : { rejectionReason }),
  };
}

/** The question as the editorial board works on it: whether the asker is held, never who it is. */
export async function adminQuestion(db: Kysely<Tables>, row: QuestionRow, config: QaFormConfig): Promise<AdminQuestion> {
  const status = await questionStatus(db, row, config);
  const consent = await readConsent(db, 'question', row.id);
  const publicText = parseJson(row.public_text) as PublicText | undefined;
  return {
    ...status,
    id: row.id,
    content: row.content,
    ...(row.agency === null ? {} : { agency: labelOf(row.agency, config.agencies) }),
    askerHeld: row.asker_sealed !== null,
    ...(consent === undefined ? {} : { consent }),
    ...(row.personal_data_erased_at === null ? {} : { personalDataErasedAt: row.personal_data_erased_at }),
    ...(publicText === undefined ? {} : { public: publicText }),
  };
}

export function publicTextOf(row: QuestionRow): PublicText {
  return parseJson(row.public_text) as PublicText | undefined ?? { title: { vi: row.title }, question: { vi: row.content } };
}

export function publishedAnswer(row: QuestionRow, config: QaFormConfig): PublishedAnswer | undefined {
  const answer = parseJson(row.answer) as Answer | undefined;
  if (row.state !== 'published' || row.published_at === null || answer === undefined) return undefined;
  const text = publicTextOf(row);
  return {
    id: row.id,
    title: text.title,
    question: text.question,
    topic: labelOf(row.topic, config.topics),
    askedAt: row.received_at,
    publishedAt: row.published_at,
    answer,
  };
}

/** Of the query's words, how many an answer must share when `most` of them are asked for. */
const mostOf = (words: number) => Math.ceil(words * 0.6);

export async function searchPublished(
  db: Kysely<Tables>,
  query: { q?: string | undefined; match?: AnswerMatch | undefined; topic?: string | undefined; agency?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: QuestionRow[]; total: number }> {
  let base = db.selectFrom('questions').where('state', '=', 'published');
  if (query.topic !== undefined) base = base.where('topic', '=', query.topic);
  if (query.agency !== undefined) base = base.where('agency', '=', query.agency);
  // Whole folded words (letters and digits only, nothing LIKE reads as a wildcard): " quyet "
  // matches "Quyết", not "quyetdinh".
  const patterns = [...new Set(searchWords(query.q ?? ''))].slice(0, 10).map((word) => `% ${word} %`);
  let shared: RawBuilder<number> | undefined;
  if (query.match === 'most' && patterns.length > 1) {
    shared = sql<number>`(${sql.join(patterns.map((pattern) => sql`case when search_text like ${pattern} then 1 else 0 end`), sql` + `)})`;
    base = base.where(shared, '>=', mostOf(patterns.length));
  } else {
    for (const pattern of patterns) base = base.where('search_text', 'like', pattern);
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let page = base.selectAll();
  if (shared !== undefined) page = page.orderBy(shared, 'desc');
  const rows = await page
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total };
}

export async function listForBoard(
  db: Kysely<Tables>,
  query: { state?: QuestionState | undefined; agency?: string | undefined; agencies: readonly string[]; page: number; pageSize: number },
): Promise<{ rows: QuestionRow[]; total: number }> {
  let base = db.selectFrom('questions');
  if (query.state !== undefined) base = base.where('state', '=', query.state);
  if (query.agency !== undefined) base = base.where('agency', '=', query.agency);
  // A key scoped to agencies sees the questions forwarded to them.
  if (query.agencies.length > 0) base = base.where('agency', 'in', query.agencies);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('due_date')
    .orderBy('received_at')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total };
}

export async function updateQuestion(db: Kysely<Tables>, id: string, changes: Partial<Omit<QuestionRow, 'id'>>): Promise<void> {
  await db.updateTable('questions').set(changes).where('id', '=', id).execute();
}

/** The searchable text of a published question is its public wording only. */
export const publicSearchText = (text: PublicText) => searchTextOf(text.title.vi, text.title.en ?? '', text.question.vi, text.question.en ?? '');
