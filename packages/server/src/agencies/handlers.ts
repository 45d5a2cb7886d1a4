import { assertCoversAgency } from '../admin/api-keys.js';
import type { ResourceFactory } from '../http/handler.js';
import { conflict, invalidFields, notFound } from '../http/problem.js';
import * as agencies from './agency-repository.js';

/** Agencies of the province (departments, districts, communes) and their allowed origins. */
export const agencyResource: ResourceFactory = () => ({
  handlers: {
    listAgencies: async (_input, { db }) => ({ items: await agencies.listAgencies(db) }),
    getAgency: async ({ params }, { db }) => {
      const agency = await agencies.findAgency(db, params.code);
      if (agency === undefined) throw notFound();
      return agency;
    },
    createAgency: async ({ body }, { db }) => {
      if (body.parent !== undefined && !(await agencies.agencyExists(db, body.parent))) {
        throw invalidFields([{ path: 'parent', code: 'unknown-agency', message: 'No agency has this code' }]);
      }
      if (await agencies.agencyExists(db, body.code)) throw conflict(`An agency with code "${body.code}" exists`);
      await agencies.insertAgency(db, body);
      return body;
    },
    updateAgency: async ({ params, body }, { db }) => {
      if (body.code !== params.code) throw invalidFields([{ path: 'code', code: 'immutable', message: 'An agency code cannot change' }]);
      if (body.parent === body.code) throw invalidFields([{ path: 'parent', code: 'cycle', message: 'An agency cannot be its own parent' }]);
      if (body.parent !== undefined && !(await agencies.agencyExists(db, body.parent))) {
        throw invalidFields([{ path: 'parent', code: 'unknown-agency', message: 'No agency has this code' }]);
      }
      if (!(await agencies.updateAgency(db, body))) throw notFound();
      return body;
    },
    deleteAgency: async ({ params }, { db, origins }) => {
      if (!(await agencies.agencyExists(db, params.code))) throw notFound();
      if (await agencies.hasChildAgencies(db, params.code)) throw conflict('The agency has child agencies');
      await agencies.deleteAgency(db, params.code);
      await origins.reload();
      return undefined;
    },
    getAllowedOrigins: async ({ params, principal }, { db }) => {
      assertCoversAgency(principal, params.code);
      if (!(await agencies.agencyExists(db, params.code))) throw notFound();
      return { origins: await agencies.readAllowedOrigins(db, params.code) };
    },
    setAllowedOrigins: async ({ params, body, principal }, { db, origins }) => {
      assertCoversAgency(principal, params.code);
      if (!(await agencies.agencyExists(db, params.code))) throw notFound();
      const saved = await agencies.replaceAllowedOrigins(db, params.code, body.origins);
      await origins.reload();
      return { origins: saved };
    },
  },
});
