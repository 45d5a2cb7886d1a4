// What the mocked API answers the console's Q&A and draft-comment screens: one question on the
// desk and one draft's comments. Each write answers what the real workflow would make of the same
// record, computed from the request, so a story can take any step in any order.
import { HttpResponse, type HttpHandler } from 'msw';
import { adminRoutes, type AdminDraftComment, type AdminQuestion, type AdminQuestionList, type CommentModeration, type DraftQueue, type QuestionTransition } from '@vn-portal/schema';
import { exampleAgencies, exampleDraftComments, exampleDraftOpen, exampleQuestionForwarded } from '@vn-portal/schema/examples';
import { handleRoute } from './api.js';
import { answerConsole } from './console.js';

const now = '2026-11-25T03:00:00.000Z';
const agencyLabel = (code: string) => {
  const agency = exampleAgencies.items.find((candidate) => candidate.code === code);
  return { code, name: agency?.name ?? { vi: code } };
};

/** A question forwarded to the department, its asker still held. */
export const questionOnDesk: AdminQuestion = {
  ...exampleQuestionForwarded,
  id: 'q-0001',
  title: 'Hỏi về thủ tục cấp giấy phép hoạt động in',
  content: 'Doanh nghiệp tôi muốn mở cơ sở in bao bì. Xin hỏi hồ sơ cấp giấy phép hoạt động in gồm những giấy tờ gì và nộp ở đâu?',
  agency: agencyLabel('stttt'),
  askerHeld: true,
};

/** The question after one workflow step, as the server would answer it. */
function transitioned(question: AdminQuestion, step: QuestionTransition): AdminQuestion {
  const timeline = (entry: AdminQuestion['timeline'][number]) => [...question.timeline, entry];
  switch (step.action) {
    case 'forward':
    case 'classify': {
      const agency = step.agency === undefined ? question.agency : agencyLabel(step.agency);
      const state = step.action === 'forward' ? 'forwarded' : 'classified';
      return { ...question, state, ...(agency === undefined ? {} : { agency }), timeline: timeline({ state, at: now, ...(agency === undefined ? {} : { agency }) }) };
    }
    case 'notify-progress':
      return { ...question, dueDate: step.newDueDate, timeline: timeline({ state: question.state, at: now, newDueDate: step.newDueDate, note: step.note }) };
    case 'answer': {
      const agency = question.agency ?? agencyLabel('stttt');
      return { ...question, state: 'answered', answer: { content: step.content, answeredAt: now, agency, answeredBy: step.answeredBy, citedDocuments: step.citedDocuments }, timeline: timeline({ state: 'answered', at: now, agency }) };
    }
    case 'reject':
      return { ...question, state: 'rejected', rejectionReason: step.reason, timeline: timeline({ state: 'rejected', at: now }) };
    case 'publish':
      return { ...question, state: 'published', timeline: timeline({ state: 'published', at: now }) };
  }
}

const draft: DraftQueue = {
  id: exampleDraftOpen.id,
  number: exampleDraftOpen.number,
  summary: exampleDraftOpen.summary,
  agency: exampleDraftOpen.agency,
  opensAt: exampleDraftOpen.draft?.opensAt ?? now,
  closesAt: exampleDraftOpen.draft?.closesAt ?? now,
  counts: { pending: 2, approved: 1, rejected: 0 },
};

/** The draft's queue: the two comments waiting, then one approved. */
const comments: AdminDraftComment[] = [
  ...exampleDraftComments.items.map((comment): AdminDraftComment => ({ ...comment, state: 'pending' })),
  { id: 'gy-2026-0102', name: 'Vũ Minh Châu', content: 'Nên có một điều khoản riêng về dữ liệu mở của các xã.', receivedAt: '2026-11-18T01:20:00.000Z', state: 'approved', moderatedAt: '2026-11-19T02:00:00.000Z' },
];

const counts = (items: AdminDraftComment[]) => ({
  pending: items.filter((comment) => comment.state === 'pending').length,
  approved: items.filter((comment) => comment.state === 'approved').length,
  rejected: items.filter((comment) => comment.state === 'rejected').length,
});

// The queue remembers the story's decisions, as the server does, so that the list read after a
// decision shows it; each story starts from the same queue (`resetModeration`).
let moderated = new Map<string, AdminDraftComment>();
export const resetModeration = () => {
  moderated = new Map();
};
const queue = () => comments.map((comment) => moderated.get(comment.id) ?? comment);

export const consoleWorkflowMocks: Partial<Record<keyof typeof adminRoutes, HttpHandler>> = {
  listQuestions: answerConsole('listQuestions', { items: [questionOnDesk], total: 1, page: 1, pageSize: 100 } satisfies AdminQuestionList),
  getQuestion: answerConsole('getQuestion', questionOnDesk),
  transitionQuestion: handleRoute(adminRoutes.transitionQuestion, async ({ request }) => HttpResponse.json(transitioned(questionOnDesk, (await request.json()) as QuestionTransition))),
  readAsker: answerConsole('readAsker', {
    questionId: questionOnDesk.id,
    agency: 'stttt',
    readAt: now,
    asker: { kind: 'individual', fullName: 'Đỗ Thị Hạnh', nationality: 'Việt Nam', occupation: 'Chủ doanh nghiệp', phone: '0912 345 678', email: 'hanh.do@example.com' },
  }),
  listDraftQueues: handleRoute(adminRoutes.listDraftQueues, () => HttpResponse.json({ items: [{ ...draft, counts: counts(queue()) }] })),
  listCommentsForModeration: handleRoute(adminRoutes.listCommentsForModeration, () => {
    const items = queue().sort((a, b) => Number(b.state === 'pending') - Number(a.state === 'pending'));
    return HttpResponse.json({ items, total: items.length, page: 1, pageSize: 20, counts: counts(items) });
  }),
  moderateComment: handleRoute(adminRoutes.moderateComment, async ({ request, params }) => {
    const decision = (await request.json()) as CommentModeration;
    const comment = queue().find((candidate) => candidate.id === params.id) ?? comments[0];
    const result: AdminDraftComment = {
      ...(comment as AdminDraftComment),
      state: decision.decision === 'approve' ? 'approved' : 'rejected',
      moderatedAt: now,
      ...(decision.decision === 'reject' ? { rejectionReason: decision.reason } : {}),
    };
    moderated.set(result.id, result);
    return HttpResponse.json(result);
  }),
};
