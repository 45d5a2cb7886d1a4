import type { OperationId } from '@vn-portal/schema';
import type { RateLimits } from '../config.js';

/** Which limit guards which operation; the rest are cheap reads, served from caches. */
export const routeRateLimits: Partial<Record<OperationId, keyof RateLimits>> = {
  submitQuestion: 'questions',
  getQuestionStatus: 'statusLookups',
  vote: 'votes',
  submitDraftComment: 'comments',
  recordVisit: 'visits',
  heartbeat: 'visits',
};
