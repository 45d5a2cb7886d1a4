import type { Portal } from '@vn-portal/schema';
import { readSetting, writeSetting } from '../db/settings.js';
import type { ResourceFactory } from '../http/handler.js';
import { notFound } from '../http/problem.js';

/** The portal's name, address, credit wording and contacts: one document, replaced as a whole. */
export const portalResource: ResourceFactory = () => ({
  handlers: {
    getPortal: async (_input, { db }) => {
      const portal = await readSetting<Portal>(db, 'portal');
      if (portal === undefined) throw notFound('The portal is not configured yet');
      return portal;
    },
    updatePortal: async ({ body }, { db, now }) => {
      await writeSetting(db, 'portal', body, now());
      return body;
    },
  },
});
