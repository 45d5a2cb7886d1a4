import type { Leader, LeaderInput, LocalizedText, Output } from '@vn-portal/schema';
import { assertCoversAgency } from '../admin/api-keys.js';
import { agencyExists } from '../agencies/agency-repository.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import type { ResourceFactory } from '../http/handler.js';
import { invalidFields, notFound } from '../http/problem.js';
import { languageUpdates, type BilingualTexts } from '../languages/language-updates.js';
import { sanitizeLocalizedHtml } from '../rich-text/editor-html.js';
import * as leaders from './leader-repository.js';

async function assertAgencyExists({ db }: AppContext, agency: string): Promise<void> {
  if (!(await agencyExists(db, agency))) throw invalidFields([{ path: 'agency', code: 'unknown-agency', message: 'No agency has this code' }]);
}

/** The leader as saved: the biography is editor HTML, sanitized here once for every reader. */
function withSafeBiography<T extends { biography?: LocalizedText | undefined }>(leader: T): T {
  return leader.biography === undefined ? leader : { ...leader, biography: sanitizeLocalizedHtml(leader.biography, 'biography') };
}

const textsOf = (leader: Output<typeof LeaderInput>): BilingualTexts => [leader.position, leader.unit, leader.duties, leader.biography];

/** The leader to save at `at`, each language dated by when its text last changed. */
function dated(input: Output<typeof LeaderInput>, at: Date, existing?: Leader): leaders.StoredLeader {
  const leader = withSafeBiography(input);
  const before = existing?.languageUpdatedAt === undefined ? undefined : { texts: textsOf(existing), updated: existing.languageUpdatedAt };
  return { ...leader, languageUpdatedAt: languageUpdates(textsOf(leader), at.toISOString(), before) };
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
      return leaders.saveLeader(context.db, newId(), dated(body, context.now()), false);
    },
    updateLeader: async ({ params, body, principal }, context) => {
      const existing = await leaders.findLeader(context.db, params.id);
      if (existing === undefined) throw notFound();
      // Moving a leader between agencies needs a key covering both.
      assertCoversAgency(principal, existing.agency);
      assertCoversAgency(principal, body.agency);
      await assertAgencyExists(context, body.agency);
      return leaders.saveLeader(context.db, params.id, dated(body, context.now(), existing), true);
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
