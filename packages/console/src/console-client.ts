import { pollRoutes, portalRoutes, type pollEndpoints, type portalEndpoints } from '@vn-portal/schema';
import { bindRoutes, type ClientFor } from '@vn-portal/sdk';
import type { SessionClient } from '@vn-portal/sdk/admin';

/**
 * The session client plus the public reads the screens list from (agencies, leaders, a poll and
 * its results), over the same transport: the contract has no admin list of these.
 */
export type ConsoleClient = SessionClient & ClientFor<typeof portalEndpoints & typeof pollEndpoints>;

export const withPublicReads = (client: SessionClient): ConsoleClient => ({
  ...client,
  ...bindRoutes<typeof portalEndpoints & typeof pollEndpoints>(client.transport, { ...portalRoutes, ...pollRoutes }),
});
