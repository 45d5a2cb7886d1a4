import { checkAgainstFormConfig, type Answer, type CodedLabel, type QaFormConfig, type QuestionState } from '@vn-portal/schema';
import { coversAgency } from '../admin/api-keys.js';
import { findAgency } from '../agencies/agency-repository.js';
import { localDay } from '../calendar/local-day.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import { readSetting, writeSetting } from '../db/settings.js';
import { inTransaction } from '../db/transactions.js';
import type { Principal, ResourceFactory } from '../http/handler.js';
import { conflict, forbidden, invalidFields, notFound } from '../http/problem.js';
import { eraseQuestionAsker, scrubErasedData } from '../personal-data/erasure.js';
import { sanitizeLocalizedHtml } from '../rich-text/editor-html.js';
import { contactMatches, openAsker } from './asker-privacy.js';
import { defaultQaFormConfig } from './default-form-config.js';
import { dueDateOf, readDeclaredDays } from './due-dates.js';
import { exportQuestions } from './question-export.js';
import * as questions from './question-repository.js';
import { newTrackingCode } from './tracking-code.js';
import { nextState, type Transition } from './workflow.js';

export async function readFormConfig(context: Pick<AppContext, 'db'>): Promise<QaFormConfig> {
  return (await readSetting<QaFormConfig>(context.db, 'qa-form-config')) ?? defaultQaFormConfig;
}

/** The editorial board answers questions that were never forwarded to an agency. */
const editorialBoard: CodedLabel = { code: 'ban-bien-tap', name: { vi: 'Ban biên tập', en: 'Editorial board' } };

async function agencyLabel(context: AppContext, code: string, config: QaFormConfig): Promise<CodedLabel | undefined> {
  const configured = config.agencies.find((agency) => agency.code === code);
  if (configured !== undefined) return configured;
  const agency = await findAgency(context.db, code);
  return agency === undefined ? undefined : { code, name: agency.name };
}

async function requireAgencyLabel(context: AppContext, code: string, config: QaFormConfig): Promise<CodedLabel> {
  const label = await agencyLabel(context, code, config);
  if (label === undefined) throw invalidFields([{ path: 'agency', code: 'unknown-agency', message: 'No agency has this code' }]);
  return label;
}

/**
 * Forwarding is the editorial board's (Cao Bằng Điều 9: the board classifies and forwards to the
 * competent agency): a key or account scoped to agencies forwards only among its own agencies. An
 * agency that is not competent says so in a note and the board forwards the question again.
 */
function assertMayForwardTo(principal: Principal, agency: string | undefined): void {
  if (agency !== undefined && principal.agencies.length > 0 && !coversAgency(principal, agency)) {
    throw forbidden('Only the editorial board forwards a question to an agency outside this scope');
  }
}

async function questionFor(context: AppContext, principal: Principal, id: string): Promise<questions.QuestionRow> {
  const row = await questions.findQuestion(context.db, { id });
  if (row === undefined) throw notFound();
  // Keys scoped to agencies see only questions forwarded to one of them.
  if (principal.agencies.length > 0 && (row.agency === null || !coversAgency(principal, row.agency))) throw forbidden('This key may not see this question');
  return row;
}

/** The changes one workflow step makes, besides the state. */
async function applyTransition(context: AppContext, row: questions.QuestionRow, transition: Transition, config: QaFormConfig, at: string) {
  switch (transition.action) {
    case 'classify': {
      if (!config.topics.some((topic) => topic.code === transition.topic)) {
        throw invalidFields([{ path: 'topic', code: 'unknown-topic', message: 'No topic has this code' }]);
      }
      const agency = transition.agency === undefined ? undefined : await requireAgencyLabel(context, transition.agency, config);
      return {
        changes: { topic: transition.topic, ...(agency === undefined ? {} : { agency: agency.code }) },
        event: { ...(agency === undefined ? {} : { agency }), ...(transition.note === undefined ? {} : { note: transition.note }) },
      };
    }
    case 'forward': {
      const agency = await requireAgencyLabel(context, transition.agency, config);
      return { changes: { agency: agency.code }, event: { agency, ...(transition.note === undefined ? {} : { note: transition.note }) } };
    }
    case 'answer': {
      const agency = (row.agency === null ? undefined : await agencyLabel(context, row.agency, config)) ?? editorialBoard;
      const content = sanitizeLocalizedHtml(transition.content, 'content');
      const answer: Answer = { content, answeredAt: at, agency, answeredBy: transition.answeredBy, citedDocuments: transition.citedDocuments };
      return { changes: { answer: JSON.stringify(answer) }, event: { agency } };
    }
    case 'notify-progress': {
      if (transition.newDueDate <= row.due_date) {
        throw invalidFields([{ path: 'newDueDate', code: 'not-later', message: `The new deadline must come after the current one, ${row.due_date}` }]);
      }
      const changes = { due_date: transition.newDueDate, notice_due_date: transition.newDueDate };
      return { changes, event: { note: transition.note, newDueDate: transition.newDueDate } satisfies questions.EventData };
    }
    case 'publish': {
      const current = questions.publicTextOf(row);
      const text = { title: transition.title ?? current.title, question: transition.question ?? current.question };
      return { changes: { public_text: JSON.stringify(text), published_at: at, search_text: questions.publicSearchText(text) }, event: {} };
    }
    case 'reject':
      return { changes: { rejection_reason: JSON.stringify(transition.reason) }, event: { note: transition.reason } };
  }
}

/** Citizens' questions (Cao Bằng Điều 9): ask, track, read published answers; the board's workflow. */
export const qaResource: ResourceFactory = () => ({
  handlers: {
    getQaFormConfig: (_input, context) => readFormConfig(context),
    updateQaFormConfig: async ({ body }, { db, now }) => {
      const config = {
        ...body,
        scopeNotice: sanitizeLocalizedHtml(body.scopeNotice, 'scopeNotice'),
        consent: { ...body.consent, notice: sanitizeLocalizedHtml(body.consent.notice, 'consent.notice') },
      };
      await writeSetting(db, 'qa-form-config', config, now());
      return config;
    },
    submitQuestion: async ({ body }, context) => {
      const config = await readFormConfig(context);
      const issues = checkAgainstFormConfig(body, config);
      if (issues.length > 0) {
        throw invalidFields(issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: `Not accepted by the form configuration: ${issue.code}` })));
      }
      const at = context.now();
      const receivedAt = at.toISOString();
      const receivedDay = localDay(at, context.config.utcOffsetMinutes);
      const dueDate = dueDateOf(receivedDay, config.answerWorkingDays, await readDeclaredDays(context.db));
      const trackingCode = newTrackingCode(receivedDay);
      await inTransaction(context.db, (db) =>
        questions.insertQuestion(db, context.secrets, {
          id: newId(),
          trackingCode,
          asker: body.asker,
          topic: body.topic,
          agency: body.agency,
          title: body.title,
          content: body.content,
          receivedAt,
          receivedDay,
          workingDays: config.answerWorkingDays,
          dueDate,
          consentVersion: body.consent.version,
        }),
      );
      return { trackingCode, state: 'received' as const, receivedAt, dueDate };
    },
    getQuestionStatus: async ({ body }, context) => {
      const row = await questions.findQuestion(context.db, { trackingCode: body.trackingCode });
      // Unknown code, wrong contact and erased asker all look the same: nothing to learn by guessing.
      if (row?.asker_sealed == null || !contactMatches(openAsker(context.secrets, row.id, row.asker_sealed), body.contact)) {
        throw notFound('No question with this tracking code and contact');
      }
      return questions.questionStatus(context.db, row, await readFormConfig(context));
    },
    searchAnswers: async ({ query }, context) => {
      const config = await readFormConfig(context);
      const { rows, total } = await questions.searchPublished(context.db, query);
      const items = rows.flatMap((row) => questions.publishedAnswer(row, config) ?? []);
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
    getAnswer: async ({ params }, context) => {
      const row = await questions.findQuestion(context.db, { id: params.id });
      const answer = row === undefined ? undefined : questions.publishedAnswer(row, await readFormConfig(context));
      if (answer === undefined) throw notFound();
      return answer;
    },
    listQuestions: async ({ query, principal }, context) => {
      const config = await readFormConfig(context);
      const { rows, total } = await questions.listForBoard(context.db, { ...query, agencies: principal.agencies });
      const items = [];
      for (const row of rows) items.push(await questions.adminQuestion(context.db, row, config));
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
    getQuestion: async ({ params, principal }, context) => {
      const row = await questionFor(context, principal, params.id);
      return questions.adminQuestion(context.db, row, await readFormConfig(context));
    },
    transitionQuestion: async ({ params, body, principal }, context) => {
      const row = await questionFor(context, principal, params.id);
      if (body.action === 'forward' || body.action === 'classify') assertMayForwardTo(principal, body.agency);
      const state: QuestionState = nextState(row.state as QuestionState, body.action);
      const config = await readFormConfig(context);
      const at = context.now().toISOString();
      const { changes, event } = await applyTransition(context, row, body, config, at);
      await inTransaction(context.db, async (db) => {
        await questions.updateQuestion(db, row.id, { ...changes, state, updated_at: at });
        await questions.appendEvent(db, row.id, state, at, event);
      });
      const updated = await questions.findQuestion(context.db, { id: row.id });
      if (updated === undefined) throw notFound();
      return questions.adminQuestion(context.db, updated, config);
    },
    readAsker: async ({ params, principal }, context) => {
      const row = await questionFor(context, principal, params.id);
      if (row.asker_sealed === null) throw conflict('The asker of this question was erased');
      const asker = openAsker(context.secrets, row.id, row.asker_sealed);
      // The contract routes log this request (a POST) naming the principal: who read whose data.
      return { questionId: row.id, ...(row.agency === null ? {} : { agency: row.agency }), asker, readAt: context.now().toISOString() };
    },
    erasePersonalData: async ({ params, principal }, context) => {
      const row = await questionFor(context, principal, params.id);
      if (row.personal_data_erased_at !== null) return { erasedAt: row.personal_data_erased_at };
      const erasedAt = context.now().toISOString();
      await inTransaction(context.db, (db) => eraseQuestionAsker(db, row.id, erasedAt));
      await scrubErasedData(context.database);
      return { erasedAt };
    },
    correctAsker: async ({ params, body, principal }, context) => {
      const row = await questionFor(context, principal, params.id);
      const config = await readFormConfig(context);
      if (!config.askerKinds.includes(body.kind)) throw invalidFields([{ path: 'kind', code: 'not-accepted', message: 'The form does not take this kind of asker' }]);
      const at = context.now().toISOString();
      const replaced = await inTransaction(context.db, (db) => questions.replaceAsker(db, context.secrets, row.id, body, at));
      if (!replaced) throw conflict('The asker of this question was erased');
      // The values replaced must not stay readable in the file either.
      await scrubErasedData(context.database);
      const updated = await questions.findQuestion(context.db, { id: row.id });
      if (updated === undefined) throw notFound();
      return questions.adminQuestion(context.db, updated, config);
    },
    exportQuestions: ({ query, principal }, context) => exportQuestions(context.db, context.secrets, { ...query, agencies: principal.agencies }),
  },
});
