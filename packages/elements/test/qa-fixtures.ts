// Questions the reference server asks and moves through the editorial board's workflow, one in each
// state, so the browser tests can track them; shared by the server (which creates them) and the
// tests (which know their codes and contacts). Plain data: the browser imports it too.
import type { Asker, QuestionTransition } from '@vn-portal/schema';

export interface QaFixture {
  trackingCode: string;
  /** What the asker types to look the question up: their email or their phone, as they write it. */
  contact: string;
  asker: Asker;
  topic: string;
  title: string;
  content: string;
  /** The board's steps, sent to `POST /admin/questions/{id}/transitions` in order. */
  steps: QuestionTransition[];
}

const asker = (n: number): Asker => ({
  kind: 'individual',
  fullName: 'Trần Văn Kiểm',
  nationality: 'Việt Nam',
  occupation: 'Kỹ sư',
  idNumber: '001090000456',
  address: 'Phường Trung Tâm, tỉnh Bình Sơn',
  phone: `0912 345 60${n}`,
  email: `kiem.tran${n}@example.com`,
});

const classify: QuestionTransition = { action: 'classify', topic: 'thu-tuc-hanh-chinh' };
const forward: QuestionTransition = {
  action: 'forward',
  agency: 'stp',
  note: { vi: 'Chuyển Sở Tư pháp trả lời theo thẩm quyền.', en: 'Sent to the Department of Justice, which is competent.' },
};
const answer: QuestionTransition = {
  action: 'answer',
  content: {
    // Markup an answer must never run, beside what it may show.
    vi: '<p>Thông tin cá nhân chỉ được dùng để trả lời câu hỏi và <strong>không được công khai</strong>.</p><img src="data:," alt="" onerror="window.answerScriptRan=true">',
    en: '<p>Personal data is used only to answer the question and is <strong>never published</strong>.</p>',
  },
  answeredBy: { name: 'Lê Thị Hồng', position: 'Phó Giám đốc Sở Tư pháp' },
  citedDocuments: [
    {
      number: '13/2023/NĐ-CP',
      summary: { vi: 'Về bảo vệ dữ liệu cá nhân', en: 'On personal data protection' },
      issuedDate: '2023-04-17',
      issuer: { vi: 'Chính phủ', en: 'The Government' },
      documentId: '13-2023-nd-cp',
    },
  ],
};
const publish: QuestionTransition = {
  action: 'publish',
  title: { vi: 'Bảo vệ dữ liệu cá nhân của người gửi câu hỏi', en: 'Protection of the personal data of people who ask' },
  question: { vi: 'Thông tin cá nhân của người gửi câu hỏi trên Cổng được sử dụng và bảo vệ như thế nào?', en: 'How is the personal data of people who ask on the portal used and protected?' },
};

const question = (n: number, trackingCode: string, contact: 'email' | 'phone', steps: QuestionTransition[], title = 'Hỏi về việc sử dụng thông tin cá nhân'): QaFixture => {
  const who = asker(n);
  return {
    trackingCode,
    contact: contact === 'email' ? (who.email ?? '') : `+84 ${(who.phone ?? '').slice(1)}`,
    asker: who,
    topic: 'chinh-sach',
    title,
    content: 'Xin hỏi thông tin cá nhân tôi khai khi gửi câu hỏi trên Cổng được sử dụng vào việc gì và có bị công khai không?',
    steps,
  };
};

/** Two months from today: later than any question's first deadline (15 working days). */
export const noticeDueDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
const notifyProgress: QuestionTransition = {
  action: 'notify-progress',
  newDueDate: noticeDueDate,
  note: { vi: 'Cần lấy ý kiến của Bộ Tư pháp.', en: 'The Ministry of Justice must be consulted.' },
};

const reject: QuestionTransition = {
  action: 'reject',
  reason: {
    vi: 'Nội dung là đơn khiếu nại, không thuộc phạm vi chuyên mục Hỏi - Đáp. Đề nghị gửi đến cơ quan có thẩm quyền giải quyết khiếu nại.',
    en: 'This is a complaint, which the Q&A channel does not accept. Please send it to the agency that settles complaints.',
  },
};

/** One question in each state of the workflow, by state; phone contacts are typed in international form. */
export const trackedQuestions = {
  received: question(1, 'HD-2026-RECEIVED', 'email', []),
  classified: question(2, 'HD-2026-CLASSIFIED', 'phone', [classify]),
  forwarded: question(3, 'HD-2026-FORWARDED', 'email', [classify, forward]),
  answered: question(4, 'HD-2026-ANSWERED', 'email', [classify, forward, answer]),
  published: question(5, 'HD-2026-PUBLISHED', 'phone', [classify, forward, answer, publish]),
  rejected: question(6, 'HD-2026-REJECTED', 'email', [classify, reject], 'Khiếu nại về việc cấp giấy phép xây dựng'),
  noticed: question(7, 'HD-2026-NOTICED', 'email', [classify, forward, notifyProgress]),
} satisfies Record<string, QaFixture>;

/** What a visitor types into the ask form as a person, and as an organization (the Storybook stories type it too). */
export const individual = {
  fullName: 'Lê Thị Thu',
  nationality: 'Việt Nam',
  occupation: 'Giáo viên',
  idNumber: '079190001234',
  address: 'Số 5 đường Trần Phú, phường Trung Tâm',
  phone: '0987 654 321',
  email: 'thu.le@example.com',
};

export const organization = {
  representativeName: 'Phạm Văn Đức',
  representativePosition: 'Giám đốc',
  organizationName: 'Công ty Cổ phần Thử Nghiệm Bình Sơn',
  address: 'Lô A2, khu công nghiệp Bắc Sơn',
  phone: '0263 3812 345',
  email: 'lienhe@thunghiem.example',
};
