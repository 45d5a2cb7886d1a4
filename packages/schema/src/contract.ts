import * as z from 'zod/mini';
import * as admin from './admin.js';
import * as docs from './legal-document.js';
import * as poll from './poll.js';
import * as portal from './portal.js';
import * as qa from './qa.js';
import * as visit from './visit.js';
import { code, id, isoDate, pageNumber } from './primitives.js';

type Schema = z.core.$ZodType;
type ObjectSchema = z.core.$ZodObject;

/** One operation of the provincial API; server routes, SDK methods and the OpenAPI document derive from it. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under `/api/v1`, with `{name}` parameters. */
  path: string;
  summary: string;
  tag: 'portal' | 'leaders' | 'legal-documents' | 'qa' | 'polls' | 'visits' | 'admin';
  params?: ObjectSchema;
  query?: ObjectSchema;
  body?: Schema;
  /** The success status and its body (`null` for none); Atom feeds are described by `mediaType`. */
  status: 200 | 201 | 202 | 204;
  response: Schema | null;
  mediaType?: 'application/json' | 'application/atom+xml';
  /** Admin operations need an API key of at least this role. */
  role?: admin.ApiKeyRole;
  /** Error statuses this operation documents beyond the ones every operation may answer. */
  errors: readonly number[];
  /** Writes from browsers are checked against the agency's allowed origins. */
  browserWrite?: boolean;
  /** POSTs that create something accept an `Idempotency-Key` header. */
  idempotent?: boolean;
}

const endpoint = <const E extends Endpoint>(definition: E): E => definition;

const byCode = z.object({ code });
const byId = z.object({ id });
const byDate = z.object({ date: isoDate });
const pageQuery = z.object({ page: pageNumber });

const publicEndpoints = {
  getPortal: endpoint({ method: 'GET', path: '/portal', tag: 'portal', summary: 'Portal name, URL, credit wording and contacts', status: 200, response: portal.Portal, errors: [] }),
  listAgencies: endpoint({ method: 'GET', path: '/agencies', tag: 'portal', summary: 'Agencies of the province in protocol order', status: 200, response: portal.AgencyList, errors: [] }),
  getAgency: endpoint({ method: 'GET', path: '/agencies/{code}', tag: 'portal', summary: 'One agency', params: byCode, status: 200, response: portal.Agency, errors: [404] }),
  listLeaders: endpoint({ method: 'GET', path: '/leaders', tag: 'leaders', summary: 'Leaders in protocol order, optionally of one agency', query: portal.LeaderListQuery, status: 200, response: portal.LeaderList, errors: [400] }),
  getLeader: endpoint({ method: 'GET', path: '/leaders/{id}', tag: 'leaders', summary: 'One leader', params: byId, status: 200, response: portal.Leader, errors: [404] }),
  searchLegalDocuments: endpoint({ method: 'GET', path: '/legal-documents', tag: 'legal-documents', summary: 'Search the register of legal documents, with facet counts', query: docs.LegalDocumentSearchQuery, status: 200, response: docs.LegalDocumentSearchResult, errors: [400] }),
  latestLegalDocuments: endpoint({ method: 'GET', path: '/legal-documents/latest', tag: 'legal-documents', summary: 'The newest issued documents, for sidebars', query: docs.LatestDocumentsQuery, status: 200, response: z.object({ items: z.array(docs.LegalDocumentSummary) }), errors: [400] }),
  legalDocumentsFeed: endpoint({ method: 'GET', path: '/legal-documents/feed.atom', tag: 'legal-documents', summary: 'Atom feed of the newest documents, for district sites', query: docs.LatestDocumentsQuery, status: 200, response: z.string(), mediaType: 'application/atom+xml', errors: [400] }),
  getLegalDocument: endpoint({ method: 'GET', path: '/legal-documents/{id}', tag: 'legal-documents', summary: 'One document with every metadata field, relations and attachments', params: byId, status: 200, response: docs.LegalDocument, errors: [404] }),
  listDraftComments: endpoint({ method: 'GET', path: '/legal-documents/{id}/comments', tag: 'legal-documents', summary: 'Published (moderated) comments on a draft', params: byId, query: pageQuery, status: 200, response: docs.DraftCommentList, errors: [404] }),
  submitDraftComment: endpoint({ method: 'POST', path: '/legal-documents/{id}/comments', tag: 'legal-documents', summary: 'Comment on a draft open for comment; held for moderation', params: byId, body: docs.DraftCommentSubmission, status: 202, response: docs.DraftCommentReceipt, errors: [404, 409, 422, 429], browserWrite: true, idempotent: true }),
  getQaFormConfig: endpoint({ method: 'GET', path: '/qa/form-config', tag: 'qa', summary: 'The fields, topics, agencies and notices of the ask form', status: 200, response: qa.QaFormConfig, errors: [] }),
  submitQuestion: endpoint({ method: 'POST', path: '/qa/questions', tag: 'qa', summary: 'Ask a question; answers with the tracking code and due date', body: qa.QuestionSubmission, status: 201, response: qa.QuestionReceipt, errors: [409, 422, 429], browserWrite: true, idempotent: true }),
  getQuestionStatus: endpoint({ method: 'POST', path: '/qa/questions/status', tag: 'qa', summary: 'Status of a question by tracking code and the email or phone given', body: qa.QuestionStatusRequest, status: 200, response: qa.QuestionStatus, errors: [404, 422, 429] }),
  searchAnswers: endpoint({ method: 'GET', path: '/qa/answers', tag: 'qa', summary: 'Published questions and answers', query: qa.AnswerSearchQuery, status: 200, response: qa.PublishedAnswerList, errors: [400] }),
  getAnswer: endpoint({ method: 'GET', path: '/qa/answers/{id}', tag: 'qa', summary: 'One published question and answer', params: byId, status: 200, response: qa.PublishedAnswer, errors: [404] }),
  getLatestPoll: endpoint({ method: 'GET', path: '/polls/latest', tag: 'polls', summary: 'The current poll of an agency (or of the portal)', query: z.object({ agency: z.optional(code) }), status: 200, response: poll.Poll, errors: [404] }),
  getPoll: endpoint({ method: 'GET', path: '/polls/{id}', tag: 'polls', summary: 'One poll', params: byId, status: 200, response: poll.Poll, errors: [404] }),
  vote: endpoint({ method: 'POST', path: '/polls/{id}/votes', tag: 'polls', summary: 'Vote once per voter token', params: byId, body: poll.VoteRequest, status: 200, response: poll.VoteReceipt, errors: [404, 409, 422, 429], browserWrite: true }),
  getPollResults: endpoint({ method: 'GET', path: '/polls/{id}/results', tag: 'polls', summary: 'Counts and percentages (adding up to 100), as the visibility policy allows', params: byId, query: poll.PollResultsQuery, status: 200, response: poll.PollResults, errors: [404] }),
  recordVisit: endpoint({ method: 'POST', path: '/visits/hits', tag: 'visits', summary: 'Record one page view (no cookie, no address stored)', body: visit.VisitHit, status: 202, response: visit.VisitHitReceipt, errors: [422, 429], browserWrite: true }),
  heartbeat: endpoint({ method: 'POST', path: '/visits/heartbeats', tag: 'visits', summary: 'Presence ping from a visible tab', body: visit.VisitHeartbeat, status: 204, response: null, errors: [422, 429], browserWrite: true }),
  getVisitStats: endpoint({ method: 'GET', path: '/visits/stats', tag: 'visits', summary: 'Online visitors and visit totals', query: visit.VisitStatsQuery, status: 200, response: visit.VisitStats, errors: [400] }),
} as const;

const adminEndpoint = <const E extends Omit<Endpoint, 'tag'>>(definition: E) => ({ ...definition, tag: 'admin' as const });
const write = [400, 401, 403, 404, 409, 422] as const;

const adminEndpoints = {
  updatePortal: adminEndpoint({ method: 'PUT', path: '/admin/portal', summary: 'Replace the portal information', body: portal.Portal, status: 200, response: portal.Portal, role: 'admin', errors: write }),
  createAgency: adminEndpoint({ method: 'POST', path: '/admin/agencies', summary: 'Create an agency', body: portal.Agency, status: 201, response: portal.Agency, role: 'admin', errors: write }),
  updateAgency: adminEndpoint({ method: 'PUT', path: '/admin/agencies/{code}', summary: 'Replace an agency', params: byCode, body: portal.Agency, status: 200, response: portal.Agency, role: 'admin', errors: write }),
  deleteAgency: adminEndpoint({ method: 'DELETE', path: '/admin/agencies/{code}', summary: 'Delete an agency with no content', params: byCode, status: 204, response: null, role: 'admin', errors: write }),
  getAllowedOrigins: adminEndpoint({ method: 'GET', path: '/admin/agencies/{code}/allowed-origins', summary: 'Origins allowed to write for an agency', params: byCode, status: 200, response: admin.AllowedOrigins, role: 'admin', errors: [401, 403, 404] }),
  setAllowedOrigins: adminEndpoint({ method: 'PUT', path: '/admin/agencies/{code}/allowed-origins', summary: 'Replace the allowed origins of an agency', params: byCode, body: admin.AllowedOrigins, status: 200, response: admin.AllowedOrigins, role: 'admin', errors: write }),
  createLeader: adminEndpoint({ method: 'POST', path: '/admin/leaders', summary: 'Add a leader', body: admin.LeaderInput, status: 201, response: portal.Leader, role: 'editor', errors: write }),
  updateLeader: adminEndpoint({ method: 'PUT', path: '/admin/leaders/{id}', summary: 'Replace a leader', params: byId, body: admin.LeaderInput, status: 200, response: portal.Leader, role: 'editor', errors: write }),
  deleteLeader: adminEndpoint({ method: 'DELETE', path: '/admin/leaders/{id}', summary: 'Remove a leader', params: byId, status: 204, response: null, role: 'editor', errors: write }),
  createLegalDocument: adminEndpoint({ method: 'POST', path: '/admin/legal-documents', summary: 'Publish a document or a draft for comment', body: admin.LegalDocumentInput, status: 201, response: docs.LegalDocument, role: 'editor', errors: write }),
  updateLegalDocument: adminEndpoint({ method: 'PUT', path: '/admin/legal-documents/{id}', summary: 'Replace a document (status changes, relations)', params: byId, body: admin.LegalDocumentInput, status: 200, response: docs.LegalDocument, role: 'editor', errors: write }),
  deleteLegalDocument: adminEndpoint({ method: 'DELETE', path: '/admin/legal-documents/{id}', summary: 'Withdraw a document published in error', params: byId, status: 204, response: null, role: 'editor', errors: write }),
  listCommentsForModeration: adminEndpoint({ method: 'GET', path: '/admin/legal-documents/{id}/comments', summary: 'All comments on a draft, pending ones first', params: byId, query: pageQuery, status: 200, response: admin.AdminDraftCommentList, role: 'moderator', errors: [401, 403, 404] }),
  moderateComment: adminEndpoint({ method: 'PATCH', path: '/admin/comments/{id}', summary: 'Approve or reject a comment', params: byId, body: admin.CommentModeration, status: 200, response: admin.AdminDraftComment, role: 'moderator', errors: write }),
  listQuestions: adminEndpoint({ method: 'GET', path: '/admin/questions', summary: 'Questions in the workflow, oldest due first', query: admin.AdminQuestionQuery, status: 200, response: admin.AdminQuestionList, role: 'moderator', errors: [400, 401, 403] }),
  getQuestion: adminEndpoint({ method: 'GET', path: '/admin/questions/{id}', summary: 'One question with its asker', params: byId, status: 200, response: admin.AdminQuestion, role: 'moderator', errors: [401, 403, 404] }),
  transitionQuestion: adminEndpoint({ method: 'POST', path: '/admin/questions/{id}/transitions', summary: 'Classify, forward, answer, publish or reject a question', params: byId, body: admin.QuestionTransition, status: 200, response: admin.AdminQuestion, role: 'moderator', errors: write }),
  erasePersonalData: adminEndpoint({ method: 'DELETE', path: '/admin/questions/{id}/personal-data', summary: 'Erase the asker: the question stays, the person is gone', params: byId, status: 200, response: admin.ErasureReceipt, role: 'admin', errors: [401, 403, 404] }),
  updateQaFormConfig: adminEndpoint({ method: 'PUT', path: '/admin/qa/form-config', summary: 'Replace the ask form configuration', body: qa.QaFormConfig, status: 200, response: qa.QaFormConfig, role: 'admin', errors: write }),
  createPoll: adminEndpoint({ method: 'POST', path: '/admin/polls', summary: 'Create a poll', body: admin.PollInput, status: 201, response: poll.Poll, role: 'editor', errors: write }),
  updatePoll: adminEndpoint({ method: 'PUT', path: '/admin/polls/{id}', summary: 'Replace a poll (options are frozen once voted on)', params: byId, body: admin.PollInput, status: 200, response: poll.Poll, role: 'editor', errors: write }),
  deletePoll: adminEndpoint({ method: 'DELETE', path: '/admin/polls/{id}', summary: 'Delete a poll', params: byId, status: 204, response: null, role: 'editor', errors: write }),
  listApiKeys: adminEndpoint({ method: 'GET', path: '/admin/api-keys', summary: 'API keys (never their secrets)', status: 200, response: admin.ApiKeyList, role: 'admin', errors: [401, 403] }),
  createApiKey: adminEndpoint({ method: 'POST', path: '/admin/api-keys', summary: 'Create an API key; the secret is shown once', body: admin.ApiKeyCreate, status: 201, response: admin.ApiKeyCreated, role: 'admin', errors: write }),
  revokeApiKey: adminEndpoint({ method: 'DELETE', path: '/admin/api-keys/{id}', summary: 'Revoke an API key', params: byId, status: 204, response: null, role: 'admin', errors: [401, 403, 404] }),
  listCalendarDays: adminEndpoint({ method: 'GET', path: '/admin/calendar', summary: 'Extra days off and make-up working days', status: 200, response: admin.CalendarDayList, role: 'admin', errors: [401, 403] }),
  setCalendarDay: adminEndpoint({ method: 'PUT', path: '/admin/calendar/{date}', summary: 'Declare an extra day off or a make-up working day; due dates of open questions move', params: byDate, body: admin.CalendarDayInput, status: 200, response: admin.CalendarDay, role: 'admin', errors: write }),
  deleteCalendarDay: adminEndpoint({ method: 'DELETE', path: '/admin/calendar/{date}', summary: 'Remove a declared day', params: byDate, status: 204, response: null, role: 'admin', errors: [401, 403, 404] }),
  listBackups: adminEndpoint({ method: 'GET', path: '/admin/backups', summary: 'Backups kept', status: 200, response: admin.BackupList, role: 'admin', errors: [401, 403] }),
  createBackup: adminEndpoint({ method: 'POST', path: '/admin/backups', summary: 'Take a backup now', status: 201, response: admin.Backup, role: 'admin', errors: [401, 403] }),
  getAuditLog: adminEndpoint({ method: 'GET', path: '/admin/audit-log', summary: 'Who changed what, when', query: admin.AuditLogQuery, status: 200, response: admin.AuditLog, role: 'admin', errors: [400, 401, 403] }),
} as const;

export const publicApi = publicEndpoints;
export const adminApi = adminEndpoints;
export const api = { ...publicEndpoints, ...adminEndpoints };
export type Api = typeof api;
export type OperationId = keyof Api;

/** The base path every operation lives under. */
export const apiBasePath = '/api/v1';

type OutputOf<S> = S extends z.core.$ZodType ? z.output<S> : undefined;
type InputOf<S> = S extends z.core.$ZodType ? z.input<S> : undefined;

/** Body type an operation answers with. */
export type ResponseOf<K extends OperationId> = OutputOf<Api[K]['response']>;
/** Body type an operation accepts. */
export type BodyOf<K extends OperationId> = Api[K] extends { body: infer B } ? InputOf<B> : undefined;
export type ParamsOf<K extends OperationId> = Api[K] extends { params: infer P } ? InputOf<P> : undefined;
export type QueryOf<K extends OperationId> = Api[K] extends { query: infer Q } ? InputOf<Q> : undefined;
