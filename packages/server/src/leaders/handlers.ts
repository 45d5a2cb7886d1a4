import { assertCoversAgency } from '../admin/api-keys.js';
import { agencyExists } from '../agencies/agency-repository.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import type { ResourceFactory } from '../http/handler.js';
import { invalidFields, notFound } from '../http/problem.js';
import * as leaders from './leader-repository.js';

async function assertAgencyExists({ db }: AppContext, agency: string): Promise<void> {
  if (!(await agencyExists(db, agency))) throw invalidFields([{ path: 'agency', code: 'unknown-agency', message: 'No agency has this code' }]);
}

/** Leaders and their contacts (Cao Bằng Điều 5.1, 5.9), in protocol order. */
export const leaderResource: ResourceFactory = () => ({
  handlers: {
    listLeaders: async ({ query }, { db }) => ({ items: await leaders.listLeaders(db, query.agency) }),
    getLeader: async ({ params }, { db }) => {
      const leader = await leaders.findLeader(db, params.id);
      if (leader === undefined) throw notFound();
      return leader;
    },
    createLeader: async ({ body, principal }, context) => {
      assertCoversAgency(principal, body.agency);
      await assertAgencyExists(context, body.agency);
      return leaders.saveLeader(context.db, newId(), body, false);
    },
    updateLeader: async ({ params, body, principal }, context) => {
      const existing = await leaders.findLeader(context.db, params.id);
      if (existing === undefined) throw notFound();
      // Moving a leader between agencies needs a key covering both.
      assertCoversAgency(principal, existing.agency);
      assertCoversAgency(principal, body.agency);
      await assertAgencyExists(context, body.agency);
      return leaders.saveLeader(context.db, params.id, body, true);
    },
    deleteLeader: async ({ params, principal }, { db }) => {
      const existing = await leaders.findLeader(db, params.id);
      if (existing === undefined) throw notFound();
      assertCoversAgency(principal, existing.agency);
      await leaders.deleteLeader(db, params.id);
      return undefined;
    },
  },
});
