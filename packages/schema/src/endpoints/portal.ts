import * as portal from '../portal.js';
import { byCode, byId, route, withValidation } from './endpoint.js';

/** Method, path and response of each operation: all a client needs to call it. */
export const portalRoutes = {
  getPortal: route({ method: 'GET', path: '/portal', tag: 'portal', status: 200, response: portal.Portal }),
  listAgencies: route({ method: 'GET', path: '/agencies', tag: 'portal', status: 200, response: portal.AgencyList }),
  getAgency: route({ method: 'GET', path: '/agencies/{code}', tag: 'portal', status: 200, response: portal.Agency }),
  listLeaders: route({ method: 'GET', path: '/leaders', tag: 'leaders', status: 200, response: portal.LeaderList, agencyScoped: true }),
  getLeader: route({ method: 'GET', path: '/leaders/{id}', tag: 'leaders', status: 200, response: portal.Leader }),
} as const;

/** The routes with what a server needs to validate them, and the errors they document. */
export const portalEndpoints = /* @__PURE__ */ withValidation(portalRoutes, {
  getPortal: { errors: [] },
  listAgencies: { errors: [] },
  getAgency: { params: byCode, errors: [404] },
  listLeaders: { query: portal.LeaderListQuery, errors: [400] },
  getLeader: { params: byId, errors: [404] },
} as const);
