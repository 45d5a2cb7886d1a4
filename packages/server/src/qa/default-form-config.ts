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
  // What Law 91/2025/QH15 (in force since 1 January 2026) asks a notice to say: which data, for
  // what, who processes it, how it is kept, and the person's rights.
  consent: {
    version: '2026-01',
    notice: {
      vi: '<p>Họ tên, số giấy tờ tùy thân, địa chỉ, số điện thoại và thư điện tử bạn cung cấp chỉ được Ban biên tập và cơ quan được giao trả lời sử dụng để xem xét, trả lời câu hỏi và báo kết quả cho bạn, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Thông tin được mã hóa khi lưu trữ, không công khai cùng câu trả lời và không cung cấp cho bên nào khác. Bạn có quyền yêu cầu xem, sửa, xóa thông tin hoặc rút lại sự đồng ý bằng cách liên hệ Ban biên tập, kèm mã tra cứu câu hỏi.</p>',
      en: '<p>The name, identity document number, address, phone number and email you give are used only by the editorial board and the agency asked to answer, to consider and answer your question and tell you the outcome, under the Personal Data Protection Law No. 91/2025/QH15. They are stored encrypted, never published with the answer and given to no one else. You may ask to see, correct or erase them, or withdraw your consent, by contacting the editorial board with your question\'s tracking code.</p>',
    },
  },
  disclaimer: { vi: 'Nội dung trả lời chỉ có giá trị tham khảo.', en: 'Answers are for reference only.' },
  answerWorkingDays: 15,
  limits: { titleMax: 300, contentMin: 20, contentMax: 20_000 },
};
