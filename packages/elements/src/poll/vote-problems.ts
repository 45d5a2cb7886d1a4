import { ApiProblemError, PortalError } from '@vn-portal/sdk';
import type { Translator } from '../shared/localization.js';

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

/** Why a vote did not go: the portal could not be reached (also said when the wording of the other problems could not be fetched). */
export const networkProblemText = (t: Translator) =>
  t.msg('Chưa gửi được phiếu bình chọn do không kết nối được với cổng thông tin. Vui lòng kiểm tra kết nối mạng và bình chọn lại.');
