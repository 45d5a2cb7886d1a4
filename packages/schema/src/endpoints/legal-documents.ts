import * as z from 'zod/mini';
import * as docs from '../legal-document.js';
import { DublinCoreRecord } from '../dublin-core.js';
import { byId, pageQuery, route, withValidation } from './endpoint.js';

/** Method, path and response of each operation: all a client needs to call it. */
export const legalDocumentRoutes = {
  searchLegalDocuments: route({ method: 'GET', path: '/legal-documents', tag: 'legal-documents', status: 200, response: docs.LegalDocumentSearchResult, agencyScoped: true }),
  latestLegalDocuments: route({ method: 'GET', path: '/legal-documents/latest', tag: 'legal-documents', status: 200, response: z.object({ items: z.array(docs.LegalDocumentSummary) }), agencyScoped: true }),
  legalDocumentsFeed: route({ method: 'GET', path: '/legal-documents/feed.atom', tag: 'legal-documents', status: 200, response: z.string(), mediaType: 'application/atom+xml', agencyScoped: true }),
  getLegalDocument: route({ method: 'GET', path: '/legal-documents/{id}', tag: 'legal-documents', status: 200, response: docs.LegalDocument }),
  getLegalDocumentDublinCore: route({ method: 'GET', path: '/legal-documents/{id}/dublin-core', tag: 'legal-documents', status: 200, response: DublinCoreRecord }),
  getLegalDocumentDublinCoreXml: route({ method: 'GET', path: '/legal-documents/{id}/dublin-core.xml', tag: 'legal-documents', status: 200, response: z.string(), mediaType: 'application/xml' }),
  listDraftComments: route({ method: 'GET', path: '/legal-documents/{id}/comments', tag: 'legal-documents', status: 200, response: docs.DraftCommentList }),
  submitDraftComment: route({ method: 'POST', path: '/legal-documents/{id}/comments', tag: 'legal-documents', status: 202, response: docs.DraftCommentReceipt, browserWrite: true, idempotent: true, proofOfWork: true }),
} as const;

/** The routes with what a server needs to validate them, and the errors they document. */
export const legalDocumentEndpoints = /* @__PURE__ */ withValidation(legalDocumentRoutes, {
  searchLegalDocuments: { query: docs.LegalDocumentSearchQuery, errors: [400] },
  latestLegalDocuments: { query: docs.LatestDocumentsQuery, errors: [400] },
  legalDocumentsFeed: { query: docs.LatestDocumentsQuery, errors: [400] },
  getLegalDocument: { params: byId, errors: [404] },
  getLegalDocumentDublinCore: { params: byId, errors: [404] },
  getLegalDocumentDublinCoreXml: { params: byId, errors: [404] },
  listDraftComments: { params: byId, query: pageQuery, errors: [404], revalidateAlways: true },
  submitDraftComment: { params: byId, body: docs.DraftCommentSubmission, errors: [403, 404, 409, 422, 429], rateLimit: { perMinute: 'comments', perDay: 'commentsPerDay' } },
} as const);
