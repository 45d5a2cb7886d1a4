import type { legalDocumentEndpoints } from '@vn-portal/schema';
import { legalDocumentRoutes } from '@vn-portal/schema/compact';
import { bindRoutes, type Transport } from '@vn-portal/sdk';

// The latest list and the Atom feed are left out: the register searches for its newest documents,
// and the feed is a link for feed readers. Their checks stay out of every page.
const registerRoutes = {
  searchLegalDocuments: legalDocumentRoutes.searchLegalDocuments,
  getLegalDocument: legalDocumentRoutes.getLegalDocument,
  listDraftComments: legalDocumentRoutes.listDraftComments,
  submitDraftComment: legalDocumentRoutes.submitDraftComment,
};

/** The register's operations, over the page's shared transport. */
export const legalDocsApi = (transport: Transport) =>
  bindRoutes<Pick<typeof legalDocumentEndpoints, keyof typeof registerRoutes>>(transport, registerRoutes);
