import * as visit from '../visit.js';
import { route, withValidation } from './endpoint.js';

/** Method, path and response of each operation: all a client needs to call it. */
export const visitRoutes = {
  recordVisit: route({ method: 'POST', path: '/visits/hits', tag: 'visits', status: 202, response: visit.VisitHitReceipt, browserWrite: true }),
  heartbeat: route({ method: 'POST', path: '/visits/heartbeats', tag: 'visits', status: 204, response: null, browserWrite: true }),
  getVisitStats: route({ method: 'GET', path: '/visits/stats', tag: 'visits', status: 200, response: visit.VisitStats, agencyScoped: true }),
} as const;

/** The routes with what a server needs to validate them, and the errors they document. */
export const visitEndpoints = /* @__PURE__ */ withValidation(visitRoutes, {
  recordVisit: { body: visit.VisitHit, errors: [422, 429], rateLimit: { perMinute: 'visits' } },
  heartbeat: { body: visit.VisitHeartbeat, errors: [422, 429], rateLimit: { perMinute: 'visits' } },
  getVisitStats: { query: visit.VisitStatsQuery, errors: [400], revalidateAlways: true },
} as const);
