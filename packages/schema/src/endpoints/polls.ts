import * as z from 'zod/mini';
import * as poll from '../poll.js';
import { code } from '../primitives.js';
import { byId, route, withValidation } from './endpoint.js';

/** Method, path and response of each operation: all a client needs to call it. */
export const pollRoutes = {
  // `null` when the agency has no poll: a normal answer, not a 404 every district site's console would show.
  getLatestPoll: route({ method: 'GET', path: '/polls/latest', tag: 'polls', status: 200, response: z.nullable(poll.Poll), agencyScoped: true }),
  getPoll: route({ method: 'GET', path: '/polls/{id}', tag: 'polls', status: 200, response: poll.Poll }),
  vote: route({ method: 'POST', path: '/polls/{id}/votes', tag: 'polls', status: 200, response: poll.VoteReceipt, browserWrite: true }),
  getPollResults: route({ method: 'GET', path: '/polls/{id}/results', tag: 'polls', status: 200, response: poll.PollResults }),
} as const;

/** The routes with what a server needs to validate them, and the errors they document. */
export const pollEndpoints = /* @__PURE__ */ withValidation(pollRoutes, {
  getLatestPoll: { query: z.object({ agency: z.optional(code) }), errors: [], revalidateAlways: true },
  getPoll: { params: byId, errors: [404], revalidateAlways: true },
  vote: { params: byId, body: poll.VoteRequest, errors: [403, 404, 409, 422, 429], rateLimit: { perMinute: 'votes' } },
  getPollResults: { params: byId, query: poll.PollResultsQuery, errors: [404], revalidateAlways: true },
} as const);
