import { legalDocumentRoutes, pollRoutes, portalRoutes, qaRoutes, type legalDocumentEndpoints, type pollEndpoints, type portalEndpoints, type qaEndpoints } from '@vn-portal/schema';
import { bindRoutes, type ClientFor } from '@vn-portal/sdk';
import type { SessionClient } from '@vn-portal/sdk/admin';

type PublicReads = typeof portalEndpoints & typeof pollEndpoints & typeof legalDocumentEndpoints & typeof qaEndpoints;

/**
 * The session client plus the public reads the screens list from (agencies, leaders, a poll's
 * results, the register an answer cites, the Q&A form's settings), over the same transport: the
 * contract has no admin read of these.
 */
export type ConsoleClient = SessionClient & ClientFor<PublicReads>;

export const withPublicReads = (client: SessionClient): ConsoleClient => ({
  ...client,
  ...bindRoutes<PublicReads>(client.transport, { ...portalRoutes, ...pollRoutes, ...legalDocumentRoutes, ...qaRoutes }),
});
