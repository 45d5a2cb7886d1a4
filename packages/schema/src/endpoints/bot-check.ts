import * as botCheck from '../bot-check.js';
import { route, withValidation } from './endpoint.js';

/** Method, path and response of each operation: all a client needs to call it. */
export const botCheckRoutes = {
  createChallenge: route({ method: 'POST', path: botCheck.challengePath, tag: 'bot-check', status: 201, response: botCheck.Challenge, browserWrite: true }),
} as const;

/** The routes with what a server needs to validate them, and the errors they document. */
export const botCheckEndpoints = /* @__PURE__ */ withValidation(botCheckRoutes, {
  createChallenge: { body: botCheck.ChallengeRequest, errors: [422, 429], rateLimit: { perMinute: 'challenges' } },
} as const);
