import type { QuestionState, QuestionTransition, Output } from '@vn-portal/schema';
import { ProblemError } from '../http/problem.js';

export type Transition = Output<typeof QuestionTransition>;
export type Action = Transition['action'];

/** Questions still waiting for an answer: their due dates follow the calendar. */
export const openStates: QuestionState[] = ['received', 'classified', 'forwarded'];

/**
 * received → classified → forwarded → answered → published, or rejected (out of scope) before an
 * answer. A question may be classified again, forwarded again, and answered without forwarding
 * when the editorial board answers itself.
 */
const allowedFrom: Record<Action, readonly QuestionState[]> = {
  classify: ['received', 'classified'],
  forward: ['classified', 'forwarded'],
  answer: ['classified', 'forwarded'],
  publish: ['answered'],
  reject: ['received', 'classified', 'forwarded'],
  'notify-progress': openStates,
};

/** A progress notice moves the deadline, not the question. */
const stateAfter: Record<Action, QuestionState | 'unchanged'> = {
  classify: 'classified',
  forward: 'forwarded',
  answer: 'answered',
  publish: 'published',
  reject: 'rejected',
  'notify-progress': 'unchanged',
};

export function nextState(current: QuestionState, action: Action): QuestionState {
  if (!allowedFrom[action].includes(current)) {
    throw new ProblemError(409, 'conflict', `A ${current} question cannot be given "${action}"`);
  }
  const after = stateAfter[action];
  return after === 'unchanged' ? current : after;
}
