import * as admin from '../admin.js';
import { route, withValidation } from './endpoint.js';

/**
 * Sign-in of people (the console), apart from the API-key operations: the session travels in a
 * cookie the server sets, and these operations take no key.
 */
export const sessionRoutes = {
  signIn: route({ method: 'POST', path: '/admin/session', tag: 'admin', status: 200, response: admin.SessionUser }),
  getSession: route({ method: 'GET', path: '/admin/session', tag: 'admin', status: 200, response: admin.SessionUser }),
  signOut: route({ method: 'DELETE', path: '/admin/session', tag: 'admin', status: 204, response: null }),
} as const;

export const sessionEndpoints = /* @__PURE__ */ withValidation(sessionRoutes, {
  signIn: { body: admin.SignIn, errors: [400, 401, 403, 422, 429] },
  getSession: { errors: [401] },
  signOut: { errors: [403] },
});
