import { ApiProblemError, PortalError } from '@vn-portal/sdk';
import { msg, str } from '../shared/localization.js';

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
      return maxChoices === 1 ? msg('Choose an option, then vote.') : msg('Choose at least one option, then vote.');
    case 'too-many':
      return msg(str`You have chosen ${chosen} options: choose at most ${maxChoices}.`);
    case 'network':
      return msg('Your vote could not be sent: the portal could not be reached. Check your connection and vote again.');
    case 'not-open':
      return msg('Voting in this poll is not open now: your vote was not counted.');
    case 'options-changed':
      return msg('The options of this poll have changed: check your choice and vote again.');
    case 'not-allowed':
      return msg('This website may not collect votes for this poll.');
    case 'rate-limited':
      return msg('Too many votes were sent from your network just now. Wait a minute and vote again.');
    case 'gone':
      return msg('This poll no longer exists.');
    case 'failed':
      return msg('The portal could not take your vote right now. Please try again later.');
  }
}
