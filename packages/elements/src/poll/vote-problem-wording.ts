import { str, type Translator } from '../shared/localization.js';
import { notAllowedYetText } from '../shared/origin-refusal-text.js';
import { networkProblemText, type VoteProblem } from './vote-problems.js';

// Fetched once a poll's form is on screen, ahead of any vote: what becomes of a vote is said only
// once the visitor has voted, and most visitors never meet a problem.

/** The message for the visitor. */
export function voteProblemMessage(t: Translator, problem: VoteProblem, chosen: number, maxChoices: number): string {
  switch (problem) {
    case 'none-chosen':
      return maxChoices === 1 ? t.msg('Vui lòng chọn một phương án trước khi bình chọn.') : t.msg('Vui lòng chọn ít nhất một phương án trước khi bình chọn.');
    case 'too-many':
      return t.msg(str`Bạn đã chọn ${chosen} phương án: chỉ được chọn tối đa ${maxChoices}.`);
    case 'network':
      return networkProblemText(t);
    case 'not-open':
      return t.msg('Cuộc thăm dò hiện không nhận phiếu bình chọn: phiếu của bạn chưa được ghi nhận.');
    case 'options-changed':
      return t.msg('Các phương án của cuộc thăm dò đã thay đổi: vui lòng kiểm tra lại lựa chọn và bình chọn lại.');
    case 'not-allowed':
      return notAllowedYetText(t);
    case 'rate-limited':
      return t.msg('Có quá nhiều phiếu được gửi từ mạng của bạn trong thời gian ngắn. Vui lòng đợi một phút rồi bình chọn lại.');
    case 'gone':
      return t.msg('Cuộc thăm dò này không còn tồn tại.');
    case 'failed':
      return t.msg('Cổng thông tin chưa thể ghi nhận phiếu của bạn lúc này. Vui lòng thử lại sau.');
  }
}

/** What became of the vote sent from the element: counted, or not (this browser had voted). */
export const outcomeText = (t: Translator, outcome: 'counted' | 'repeat'): string =>
  outcome === 'counted'
    ? t.msg('Cảm ơn bạn đã tham gia bình chọn: phiếu của bạn đã được ghi nhận.')
    : t.msg('Bạn đã bình chọn trong cuộc thăm dò này trước đó: phiếu trước của bạn được giữ nguyên.');
