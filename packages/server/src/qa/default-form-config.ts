import type { QaFormConfig } from '@vn-portal/schema';

/**
 * The ask form as Cao Bằng Điều 9 describes it, used until the province saves its own: every
 * identity field of an individual and of an organization required, answers due in 15 working days.
 */
export const defaultQaFormConfig: QaFormConfig = {
  askerKinds: ['individual', 'organization'],
  fields: {
    individual: { nationality: 'required', occupation: 'required', idNumber: 'required', address: 'required', phone: 'required', email: 'required' },
    organization: { representativePosition: 'required', address: 'required', phone: 'required', email: 'required' },
  },
  topics: [
    { code: 'chinh-sach', name: { vi: 'Chính sách, pháp luật', en: 'Policies and law' } },
    { code: 'thu-tuc-hanh-chinh', name: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
    { code: 'dau-tu', name: { vi: 'Đầu tư, kinh doanh', en: 'Investment and business' } },
  ],
  agencies: [],
  scopeNotice: {
    vi: '<p>Chuyên mục không tiếp nhận đơn khiếu nại, tố cáo và các vụ việc riêng tư. Các câu hỏi này sẽ được thông báo không thuộc phạm vi trả lời.</p>',
    en: '<p>Complaints, denunciations and private matters are not accepted here; such questions are told at once that they are out of scope.</p>',
  },
  consent: {
    version: '2025-01',
    notice: {
      vi: '<p>Tôi đồng ý để Ban biên tập sử dụng thông tin cá nhân này chỉ nhằm trả lời câu hỏi. Thông tin cá nhân không được công khai và sẽ được xóa khi tôi yêu cầu.</p>',
      en: '<p>I agree that the editorial board uses this personal data only to answer my question. It is never published and is erased on request.</p>',
    },
  },
  disclaimer: { vi: 'Nội dung trả lời chỉ có giá trị tham khảo.', en: 'Answers are for reference only.' },
  answerWorkingDays: 15,
  limits: { titleMax: 300, contentMin: 20, contentMax: 20_000 },
};
