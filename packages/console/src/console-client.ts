import { legalDocumentRoutes, pollRoutes, portalRoutes, type legalDocumentEndpoints, type pollEndpoints, type portalEndpoints } from '@vn-portal/schema';
import { bindRoutes, type ClientFor } from '@vn-portal/sdk';
import type { SessionClient } from '@vn-portal/sdk/admin';

type PublicReads = typeof portalEndpoints & typeof pollEndpoints & typeof legalDocumentEndpoints;

/**
 * The session client plus the public reads the screens list from (agencies, leaders, a poll and
 * its results, the register an answer cites), over the same transport: the contract has no admin
 * list of these.
 */
export type ConsoleClient = SessionClient & ClientFor<PublicReads>;

export const withPublicReads = (client: SessionClient): ConsoleClient => ({
  ...client,
  ...bindRoutes<PublicReads>(client.transport, { ...portalRoutes, ...pollRoutes, ...legalDocumentRoutes }),
});
