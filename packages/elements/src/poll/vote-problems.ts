import { ApiProblemError, PortalError } from '@vn-portal/sdk';
import { msg, str } from '../shared/localization.js';
import { notAllowedYetText } from '../shared/origin-refusal.js';

/**
 * What stopped a vote, kept as a kind rather than as text so that the message follows a change of
 * language. `none-chosen` and `too-many` are found before anything is sent.
 */
export type VoteProblem = 'none-chosen' | 'too-many' | 'network' | 'not-open' | 'options-changed' | 'not-allowed' | 'rate-limited' | 'gone' | 'failed';

/** The problem a failed vote request stands for. */
export function voteProblemOf(error: unknown): VoteProblem {
  if (!(error instanceof PortalError)) return 'failed';
  if (error.kind === 'network' || error.kind === 'timeout') return 'network';
  if (!(error instanceof ApiProblemError)) return 'failed';
  switch (error.code) {
    case 'poll-not-open':
      return 'not-open';
    case 'origin-not-allowed':
      return 'not-allowed';
    case 'rate-limited':
      return 'rate-limited';
    case 'not-found':
      return 'gone';
    case 'validation-failed': {
      const codes = error.fieldErrors.filter((field) => field.path.startsWith('optionIds')).map((field) => field.code);
      if (codes.includes('unknown-option') || codes.includes('duplicate-option')) return 'options-changed';
      return codes.includes('too_big') ? 'too-many' : 'failed';
    }
    default:
      return 'failed';
  }
}

/** Problems after which the poll is loaded again: it changed on the server since it was shown. */
export const staleAfter = (problem: VoteProblem): boolean => ['not-open', 'options-changed', 'gone', 'too-many'].includes(problem);

/** The message for the visitor, in the locale of the current render. */
export function voteProblemMessage(problem: VoteProblem, chosen: number, maxChoices: number): string {
  switch (problem) {
    case 'none-chosen':
      return maxChoices === 1 ? msg('Vui lòng chọn một phương án trước khi bình chọn.') : msg('Vui lòng chọn ít nhất một phương án trước khi bình chọn.');
    case 'too-many':
      return msg(str`Bạn đã chọn ${chosen} phương án: chỉ được chọn tối đa ${maxChoices}.`);
    case 'network':
      return msg('Chưa gửi được phiếu bình chọn do không kết nối được với cổng thông tin. Vui lòng kiểm tra kết nối mạng và bình chọn lại.');
    case 'not-open':
      return msg('Cuộc thăm dò hiện không nhận phiếu bình chọn: phiếu của bạn chưa được ghi nhận.');
    case 'options-changed':
      return msg('Các phương án của cuộc thăm dò đã thay đổi: vui lòng kiểm tra lại lựa chọn và bình chọn lại.');
    case 'not-allowed':
      return notAllowedYetText();
    case 'rate-limited':
      return msg('Có quá nhiều phiếu được gửi từ mạng của bạn trong thời gian ngắn. Vui lòng đợi một phút rồi bình chọn lại.');
    case 'gone':
      return msg('Cuộc thăm dò này không còn tồn tại.');
    case 'failed':
      return msg('Cổng thông tin chưa thể ghi nhận phiếu của bạn lúc này. Vui lòng thử lại sau.');
  }
}
