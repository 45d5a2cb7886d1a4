import { ApiProblemError } from '@vn-portal/sdk';
import { resolveApiBase } from './config.js';
import { msg } from './localization.js';

/**
 * Whether the portal refused a write because this page's site is not on the agency's allowed
 * origins (yet): the first thing an agency developer meets, and nothing the visitor can fix.
 */
export const isOriginRefusal = (error: unknown): error is ApiProblemError => error instanceof ApiProblemError && error.code === 'origin-not-allowed';

/** What the visitor reads: this page cannot send yet, and it is not their connection. */
export const notAllowedYetText = () =>
  msg('Trang này chưa được cổng thông tin cho phép gửi. Đây không phải lỗi kết nối mạng của bạn: vui lòng báo cho quản trị viên trang web.');

/**
 * Tells the site's developer, once per page, what to add where when a write of `host` was refused
 * for the page's origin; the advice is loaded only then.
 */
export function explainOriginRefusal(host: { apiBase: string | undefined }, error: unknown): void {
  if (!isOriginRefusal(error)) return;
  const apiBase = resolveApiBase(host.apiBase) ?? '';
  void import('./origin-refusal-advice.js').then(({ reportOriginRefusal }) => {
    reportOriginRefusal(error, apiBase);
  });
}
