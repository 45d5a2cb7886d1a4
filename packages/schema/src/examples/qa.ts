import type { CodedLabel } from '../legal-document.js';
import type { Answer, PublishedAnswer, PublishedAnswerList, QaFormConfig, QuestionReceipt, QuestionStatus } from '../qa.js';

/*
 * The citizens' questions channel of the fictional province "Bình Sơn" (Cao Bằng Điều 9): the form
 * as the province configures it, a question in each state of the editorial board's workflow, and
 * the published answers. No asker's personal data appears in any of them: the API never sends it.
 */

const topics = {
  policy: { code: 'chinh-sach', name: { vi: 'Chính sách, pháp luật', en: 'Policies and law' } },
  procedures: { code: 'thu-tuc-hanh-chinh', name: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
  investment: { code: 'dau-tu', name: { vi: 'Đầu tư, kinh doanh', en: 'Investment and business' } },
} satisfies Record<string, CodedLabel>;

const agencies = {
  information: { code: 'stttt', name: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' } },
  justice: { code: 'stp', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } },
  construction: { code: 'sxd', name: { vi: 'Sở Xây dựng', en: 'Department of Construction' } },
  zones: {
    code: 'bql-kkt',
    name: { vi: 'Ban Quản lý các khu công nghiệp và khu kinh tế cửa khẩu tỉnh Bình Sơn', en: 'Management Board of the Industrial Parks and Border-Gate Economic Zones of Bình Sơn Province' },
  },
  district: { code: 'ubnd-huyen-an-lac', name: { vi: 'UBND huyện An Lạc' } },
} satisfies Record<string, CodedLabel>;

/** The province's form as Cao Bằng Điều 9 has it: every identity field required, answers within 15 working days. */
export const exampleQaFormConfig: QaFormConfig = {
  askerKinds: ['individual', 'organization'],
  fields: {
    individual: { nationality: 'required', occupation: 'required', idNumber: 'required', address: 'required', phone: 'required', email: 'required' },
    organization: { representativePosition: 'required', address: 'required', phone: 'required', email: 'required' },
  },
  topics: Object.values(topics),
  agencies: [agencies.information, agencies.justice, agencies.construction, agencies.zones],
  scopeNotice: {
    vi: '<p>Chuyên mục <strong>không tiếp nhận</strong> đơn khiếu nại, tố cáo và các vụ việc riêng tư. Các câu hỏi này sẽ được thông báo không thuộc phạm vi trả lời.</p>',
    en: '<p>Complaints, denunciations and private matters are <strong>not accepted</strong> here; such questions are told at once that they are out of scope.</p>',
  },
  consent: {
    version: '2025-01',
    notice: {
      vi: '<p>Thông tin cá nhân chỉ được Ban biên tập sử dụng để trả lời câu hỏi, không được công khai và sẽ được xóa khi bạn yêu cầu (Luật Bảo vệ dữ liệu cá nhân).</p>',
      en: '<p>The editorial board uses this personal data only to answer your question. It is never published and is erased on request (Law on Personal Data Protection).</p>',
    },
  },
  disclaimer: { vi: 'Nội dung trả lời chỉ có giá trị tham khảo.', en: 'Answers are for reference only.' },
  answerWorkingDays: 15,
  limits: { titleMax: 300, contentMin: 20, contentMax: 20_000 },
};

/**
 * A district that asks less and publishes in Vietnamese only: individuals alone, some fields
 * optional, the ID number not asked, no agency to choose.
 */
export const exampleQaFormConfigVietnameseOnly: QaFormConfig = {
  askerKinds: ['individual'],
  fields: {
    individual: { nationality: 'optional', occupation: 'optional', idNumber: 'hidden', address: 'required', phone: 'required', email: 'optional' },
    organization: { representativePosition: 'optional', address: 'optional', phone: 'optional', email: 'optional' },
  },
  topics: [
    { code: 'dat-dai', name: { vi: 'Đất đai, xây dựng' } },
    { code: 'ho-tich', name: { vi: 'Hộ tịch, chứng thực' } },
  ],
  agencies: [],
  scopeNotice: { vi: '<p>Không tiếp nhận đơn khiếu nại, tố cáo.</p>' },
  consent: { version: '2024-06', notice: { vi: '<p>Thông tin cá nhân chỉ dùng để trả lời câu hỏi và không được công khai.</p>' } },
  answerWorkingDays: 15,
  limits: { titleMax: 200, contentMin: 0, contentMax: 5000 },
};

/** What the API answers a question sent: the code to follow it by, and when an answer is due. */
export const exampleQuestionReceipt: QuestionReceipt = {
  trackingCode: 'HD-2026-7K3F9QXM',
  state: 'received',
  receivedAt: '2026-12-01T03:15:00.000Z',
  dueDate: '2026-12-22',
};

const construction: Answer = {
  content: {
    vi: '<p>Theo Điều 95 Luật Xây dựng, hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ gồm:</p><ul><li>Đơn đề nghị cấp giấy phép xây dựng;</li><li>Bản sao giấy tờ chứng minh quyền sử dụng đất;</li><li>Hai bộ bản vẽ thiết kế xây dựng.</li></ul><p>Hồ sơ nộp tại Bộ phận Một cửa của Ủy ban nhân dân cấp huyện hoặc qua Cổng Dịch vụ công.</p>',
    en: '<p>Under Article 95 of the Law on Construction, an application for a building permit for a detached house contains:</p><ul><li>the application form;</li><li>a copy of the land use right papers;</li><li>two sets of construction drawings.</li></ul><p>It is filed at the one-stop desk of the district People’s Committee or through the Public Services Portal.</p>',
  },
  answeredAt: '2026-11-19T08:45:00.000Z',
  agency: agencies.construction,
  citedDocuments: [
    { number: '50/2014/QH13', summary: { vi: 'Luật Xây dựng', en: 'Law on Construction' }, issuedDate: '2014-06-18', issuer: { vi: 'Quốc hội', en: 'National Assembly' } },
    {
      number: '15/2021/NĐ-CP',
      summary: { vi: 'Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng', en: 'Detailing a number of provisions on the management of construction investment projects' },
      issuedDate: '2021-03-03',
      issuer: { vi: 'Chính phủ', en: 'Government' },
    },
  ],
};

// ——— One question in each state of the workflow ———

const asked = {
  title: 'Hỏi về hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ',
  topic: topics.procedures,
  receivedAt: '2026-11-10T02:30:00.000Z',
  dueDate: '2026-12-01',
};
const received = { state: 'received', at: asked.receivedAt } as const;
const classified = { state: 'classified', at: '2026-11-11T01:15:00.000Z' } as const;
const forwarded = {
  state: 'forwarded',
  at: '2026-11-11T03:00:00.000Z',
  agency: agencies.construction,
  note: { vi: 'Chuyển Sở Xây dựng trả lời theo thẩm quyền.', en: 'Sent to the Department of Construction, which is competent.' },
} as const;
const answered = { state: 'answered', at: construction.answeredAt, agency: agencies.construction } as const;

/** The question just sent (the receipt's): waiting for the board. */
export const exampleQuestionReceived: QuestionStatus = {
  trackingCode: exampleQuestionReceipt.trackingCode,
  title: 'Hỏi về thủ tục đăng ký hộ kinh doanh',
  topic: topics.investment,
  state: 'received',
  receivedAt: exampleQuestionReceipt.receivedAt,
  dueDate: exampleQuestionReceipt.dueDate,
  timeline: [{ state: 'received', at: exampleQuestionReceipt.receivedAt }],
};

export const exampleQuestionClassified: QuestionStatus = { ...asked, trackingCode: 'HD-2026-2B8RT4WN', state: 'classified', timeline: [received, classified] };

/** Forwarded to the competent agency, with the board's note. */
export const exampleQuestionForwarded: QuestionStatus = { ...asked, trackingCode: 'HD-2026-5HC6Y1PD', state: 'forwarded', timeline: [received, classified, forwarded] };

/** Answered, citing the documents the answer relies on. */
export const exampleQuestionAnswered: QuestionStatus = {
  ...asked,
  trackingCode: 'HD-2026-9LX3M7QA',
  state: 'answered',
  timeline: [received, classified, forwarded, answered],
  answer: construction,
};

/** Answered and published for everyone (without the asker's data). */
export const exampleQuestionPublished: QuestionStatus = {
  ...exampleQuestionAnswered,
  trackingCode: 'HD-2026-3VJ8K2EF',
  state: 'published',
  timeline: [...exampleQuestionAnswered.timeline, { state: 'published', at: '2026-11-20T02:00:00.000Z' }],
};

/** Out of scope (a complaint): told so, with the reason. */
export const exampleQuestionRejected: QuestionStatus = {
  trackingCode: 'HD-2026-6TN4G5RZ',
  title: 'Khiếu nại về việc cấp giấy phép xây dựng cho hộ liền kề',
  topic: topics.procedures,
  state: 'rejected',
  receivedAt: '2026-11-12T07:05:00.000Z',
  dueDate: '2026-12-03',
  timeline: [
    { state: 'received', at: '2026-11-12T07:05:00.000Z' },
    { state: 'rejected', at: '2026-11-12T09:30:00.000Z' },
  ],
  rejectionReason: {
    vi: 'Nội dung là đơn khiếu nại, không thuộc phạm vi chuyên mục Hỏi - Đáp. Đề nghị gửi đến Ủy ban nhân dân huyện An Lạc, cơ quan có thẩm quyền giải quyết khiếu nại.',
    en: 'This is a complaint, which the Q&A channel does not accept. Please send it to the An Lạc District People’s Committee, which settles complaints.',
  },
};

// ——— Published answers ———

const publishedConstruction: PublishedAnswer = {
  id: 'hd-giay-phep-xay-dung',
  title: { vi: 'Hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ', en: 'Applying for a building permit for a detached house' },
  question: {
    vi: 'Gia đình tôi muốn xây nhà ở riêng lẻ trên đất ở tại phường Trung Tâm. Xin hỏi hồ sơ đề nghị cấp giấy phép xây dựng gồm những giấy tờ gì?',
    en: 'My family wants to build a detached house on residential land in Trung Tâm Ward. What does an application for a building permit contain?',
  },
  topic: topics.procedures,
  askedAt: asked.receivedAt,
  publishedAt: '2026-11-20T02:00:00.000Z',
  answer: construction,
};

const publishedRegister: PublishedAnswer = {
  id: 'hd-thoi-han-dang-van-ban',
  title: { vi: 'Thời hạn đăng văn bản quy phạm pháp luật trên Cổng thông tin điện tử', en: 'How soon legal documents are published on the web portal' },
  question: {
    vi: 'Văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành được đăng trên Cổng thông tin điện tử trong thời hạn bao lâu?',
    en: 'How soon after it is issued is a legal document of the Provincial People’s Committee published on the web portal?',
  },
  topic: topics.policy,
  askedAt: '2026-10-02T01:00:00.000Z',
  publishedAt: '2026-10-16T02:00:00.000Z',
  answer: {
    content: {
      vi: '<p>Văn bản được đăng trên Cổng thông tin điện tử chậm nhất <strong>02 ngày làm việc</strong> kể từ ngày ban hành.</p>',
      en: '<p>Documents are published on the web portal within <strong>2 working days</strong> of being issued.</p>',
    },
    answeredAt: '2026-10-14T04:00:00.000Z',
    agency: agencies.information,
    citedDocuments: [
      {
        number: '42/2022/NĐ-CP',
        summary: { vi: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng', en: 'On the provision of information and online public services by state agencies on the network' },
        issuedDate: '2022-06-24',
        issuer: { vi: 'Chính phủ', en: 'Government' },
        documentId: '42-2022-nd-cp',
      },
      {
        number: '10/2024/QĐ-UBND',
        summary: { vi: 'Ban hành Quy chế quản lý, vận hành Cổng Thông tin điện tử tỉnh Bình Sơn', en: 'Promulgating the regulation on the management and operation of the Bình Sơn Province Web Portal' },
        issuedDate: '2024-03-15',
        issuer: { vi: 'UBND tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' },
        documentId: '10-2024-qd-ubnd',
      },
    ],
  },
};

/** A district's answer, in Vietnamese only. */
const publishedBusiness: PublishedAnswer = {
  id: 'hd-ho-kinh-doanh-an-lac',
  title: { vi: 'Đăng ký hộ kinh doanh tại huyện An Lạc' },
  question: { vi: 'Tôi muốn mở cửa hàng tạp hóa tại xã An Phú. Xin hỏi thủ tục đăng ký hộ kinh doanh nộp ở đâu và mất bao lâu?' },
  topic: topics.investment,
  askedAt: '2026-09-08T02:00:00.000Z',
  publishedAt: '2026-09-18T02:00:00.000Z',
  answer: {
    content: { vi: '<p>Hồ sơ nộp tại Bộ phận Một cửa của Ủy ban nhân dân huyện An Lạc; thời hạn giải quyết là 03 ngày làm việc.</p>' },
    answeredAt: '2026-09-15T03:00:00.000Z',
    agency: agencies.district,
    citedDocuments: [{ number: '01/2021/NĐ-CP', summary: { vi: 'Về đăng ký doanh nghiệp' }, issuedDate: '2021-01-04', issuer: { vi: 'Chính phủ' } }],
  },
};

/** A question as long as citizens write them. */
const publishedLand: PublishedAnswer = {
  id: 'hd-cap-doi-giay-chung-nhan',
  title: {
    vi: 'Người sử dụng đất đã được cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất trước ngày Luật Đất đai năm 2024 có hiệu lực thi hành thì có bắt buộc phải làm thủ tục cấp đổi hay không?',
    en: 'Must holders of land use right certificates issued before the 2024 Land Law took effect have them exchanged?',
  },
  question: {
    vi: 'Gia đình tôi được cấp Giấy chứng nhận quyền sử dụng đất từ năm 2012. Xin hỏi sau khi Luật Đất đai năm 2024 có hiệu lực, gia đình tôi có bắt buộc phải làm thủ tục cấp đổi sang mẫu Giấy chứng nhận mới hay không, và nếu có thì thời hạn là bao lâu?',
    en: 'My family’s land use right certificate was issued in 2012. Now that the 2024 Land Law is in force, must we exchange it for the new form, and by when?',
  },
  topic: topics.policy,
  askedAt: '2026-08-03T02:00:00.000Z',
  publishedAt: '2026-08-21T02:00:00.000Z',
  answer: {
    content: {
      vi: '<p>Không bắt buộc. Giấy chứng nhận đã cấp trước ngày Luật Đất đai năm 2024 có hiệu lực vẫn có giá trị pháp lý; người sử dụng đất có nhu cầu thì làm thủ tục cấp đổi.</p>',
      en: '<p>No. Certificates issued before the 2024 Land Law took effect remain valid; holders may have them exchanged if they wish.</p>',
    },
    answeredAt: '2026-08-19T03:00:00.000Z',
    agency: agencies.justice,
    citedDocuments: [{ number: '31/2024/QH15', summary: { vi: 'Luật Đất đai', en: 'Land Law' }, issuedDate: '2024-01-18', issuer: { vi: 'Quốc hội', en: 'National Assembly' } }],
  },
};

const answers = [publishedConstruction, publishedRegister, publishedBusiness, publishedLand];

/** The published answers, newest first. */
export const exampleAnswers: PublishedAnswerList = { items: answers, total: answers.length, page: 1, pageSize: 10 };

/** Two answers a page: pages 1 and 2 of 2. */
export const exampleAnswersPage1: PublishedAnswerList = { items: answers.slice(0, 2), total: answers.length, page: 1, pageSize: 2 };
export const exampleAnswersPage2: PublishedAnswerList = { items: answers.slice(2, 4), total: answers.length, page: 2, pageSize: 2 };

/** "giay phep xay dung", typed without diacritics. */
export const exampleAnswersBuildingPermit: PublishedAnswerList = { items: [publishedConstruction], total: 1, page: 1, pageSize: 10 };

/** Nothing matches, or nothing is published yet. */
export const exampleAnswersNone: PublishedAnswerList = { items: [], total: 0, page: 1, pageSize: 10 };
