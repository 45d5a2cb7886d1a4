import type { OperationId } from '@vn-portal/schema';
import type { RateLimits } from '../config.js';

export interface RouteRateLimit {
  /** The limit per minute and client address. */
  perMinute: keyof RateLimits;
  /** A daily cap per client address, for what a person does a few times a day at most. */
  perDay?: keyof RateLimits;
}

/** Which limits guard which operation; the rest are cheap reads, served from caches. */
export const routeRateLimits: Partial<Record<OperationId, RouteRateLimit>> = {
  submitQuestion: { perMinute: 'questions', perDay: 'questionsPerDay' },
  getQuestionStatus: { perMinute: 'statusLookups' },
  vote: { perMinute: 'votes' },
  submitDraftComment: { perMinute: 'comments', perDay: 'commentsPerDay' },
  createChallenge: { perMinute: 'challenges' },
  recordVisit: { perMinute: 'visits' },
  heartbeat: { perMinute: 'visits' },
};
