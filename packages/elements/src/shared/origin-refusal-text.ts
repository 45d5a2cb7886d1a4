import type { Translator } from './localization.js';

// Apart from the refusal's detection, which every form loads: only the forms' replies, fetched on
// first use, say it.

/** What the visitor reads: this page cannot send yet, and it is not their connection. */
export const notAllowedYetText = (t: Translator) =>
  t.msg('Trang này chưa được cổng thông tin cho phép gửi. Đây không phải lỗi kết nối mạng của bạn: vui lòng báo cho quản trị viên trang web.');
