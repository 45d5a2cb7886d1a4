import * as admin from '../admin.js';
import * as docs from '../legal-document.js';
import * as poll from '../poll.js';
import * as portal from '../portal.js';
import * as qa from '../qa.js';
import { adminRoute, byCode, byDate, byId, pageQuery, withValidation } from './endpoint.js';

const write = [400, 401, 403, 404, 409, 422] as const;

/** Method, path and response of each operation: all a client needs to call it. */
export const adminRoutes = {
  updatePortal: adminRoute({ method: 'PUT', path: '/admin/portal', status: 200, response: portal.Portal, role: 'admin' }),
  createAgency: adminRoute({ method: 'POST', path: '/admin/agencies', status: 201, response: portal.Agency, role: 'admin' }),
  updateAgency: adminRoute({ method: 'PUT', path: '/admin/agencies/{code}', status: 200, response: portal.Agency, role: 'admin' }),
  deleteAgency: adminRoute({ method: 'DELETE', path: '/admin/agencies/{code}', status: 204, response: null, role: 'admin' }),
  getAllowedOrigins: adminRoute({ method: 'GET', path: '/admin/agencies/{code}/allowed-origins', status: 200, response: admin.AllowedOrigins, role: 'admin' }),
  setAllowedOrigins: adminRoute({ method: 'PUT', path: '/admin/agencies/{code}/allowed-origins', status: 200, response: admin.AllowedOrigins, role: 'admin' }),
  createLeader: adminRoute({ method: 'POST', path: '/admin/leaders', status: 201, response: portal.Leader, role: 'editor' }),
  updateLeader: adminRoute({ method: 'PUT', path: '/admin/leaders/{id}', status: 200, response: portal.Leader, role: 'editor' }),
  deleteLeader: adminRoute({ method: 'DELETE', path: '/admin/leaders/{id}', status: 204, response: null, role: 'editor' }),
  createLegalDocument: adminRoute({ method: 'POST', path: '/admin/legal-documents', status: 201, response: docs.LegalDocument, role: 'editor' }),
  updateLegalDocument: adminRoute({ method: 'PUT', path: '/admin/legal-documents/{id}', status: 200, response: docs.LegalDocument, role: 'editor' }),
  deleteLegalDocument: adminRoute({ method: 'DELETE', path: '/admin/legal-documents/{id}', status: 204, response: null, role: 'editor' }),
  listCommentsForModeration: adminRoute({ method: 'GET', path: '/admin/legal-documents/{id}/comments', status: 200, response: admin.AdminDraftCommentList, role: 'moderator' }),
  moderateComment: adminRoute({ method: 'PATCH', path: '/admin/comments/{id}', status: 200, response: admin.AdminDraftComment, role: 'moderator' }),
  listQuestions: adminRoute({ method: 'GET', path: '/admin/questions', status: 200, response: admin.AdminQuestionList, role: 'moderator' }),
  getQuestion: adminRoute({ method: 'GET', path: '/admin/questions/{id}', status: 200, response: admin.AdminQuestion, role: 'moderator' }),
  transitionQuestion: adminRoute({ method: 'POST', path: '/admin/questions/{id}/transitions', status: 200, response: admin.AdminQuestion, role: 'moderator' }),
  erasePersonalData: adminRoute({ method: 'DELETE', path: '/admin/questions/{id}/personal-data', status: 200, response: admin.ErasureReceipt, role: 'admin' }),
  updateQaFormConfig: adminRoute({ method: 'PUT', path: '/admin/qa/form-config', status: 200, response: qa.QaFormConfig, role: 'admin' }),
  createPoll: adminRoute({ method: 'POST', path: '/admin/polls', status: 201, response: poll.Poll, role: 'editor' }),
  updatePoll: adminRoute({ method: 'PUT', path: '/admin/polls/{id}', status: 200, response: poll.Poll, role: 'editor' }),
  deletePoll: adminRoute({ method: 'DELETE', path: '/admin/polls/{id}', status: 204, response: null, role: 'editor' }),
  listApiKeys: adminRoute({ method: 'GET', path: '/admin/api-keys', status: 200, response: admin.ApiKeyList, role: 'admin' }),
  createApiKey: adminRoute({ method: 'POST', path: '/admin/api-keys', status: 201, response: admin.ApiKeyCreated, role: 'admin' }),
  revokeApiKey: adminRoute({ method: 'DELETE', path: '/admin/api-keys/{id}', status: 204, response: null, role: 'admin' }),
  listCalendarDays: adminRoute({ method: 'GET', path: '/admin/calendar', status: 200, response: admin.CalendarDayList, role: 'admin' }),
  setCalendarDay: adminRoute({ method: 'PUT', path: '/admin/calendar/{date}', status: 200, response: admin.CalendarDay, role: 'admin' }),
  deleteCalendarDay: adminRoute({ method: 'DELETE', path: '/admin/calendar/{date}', status: 204, response: null, role: 'admin' }),
  listBackups: adminRoute({ method: 'GET', path: '/admin/backups', status: 200, response: admin.BackupList, role: 'admin' }),
  createBackup: adminRoute({ method: 'POST', path: '/admin/backups', status: 201, response: admin.Backup, role: 'admin' }),
  getAuditLog: adminRoute({ method: 'GET', path: '/admin/audit-log', status: 200, response: admin.AuditLog, role: 'admin' }),
} as const;

/** The routes with what a server needs to validate them, and the errors they document. */
export const adminEndpoints = /* @__PURE__ */ withValidation(adminRoutes, {
  updatePortal: { body: portal.Portal, errors: write },
  createAgency: { body: portal.Agency, errors: write },
  updateAgency: { params: byCode, body: portal.Agency, errors: write },
  deleteAgency: { params: byCode, errors: write },
  getAllowedOrigins: { params: byCode, errors: [401, 403, 404] },
  setAllowedOrigins: { params: byCode, body: admin.AllowedOrigins, errors: write },
  createLeader: { body: admin.LeaderInput, errors: write },
  updateLeader: { params: byId, body: admin.LeaderInput, errors: write },
  deleteLeader: { params: byId, errors: write },
  createLegalDocument: { body: admin.LegalDocumentInput, errors: write },
  updateLegalDocument: { params: byId, body: admin.LegalDocumentInput, errors: write },
  deleteLegalDocument: { params: byId, errors: write },
  listCommentsForModeration: { params: byId, query: pageQuery, errors: [401, 403, 404] },
  moderateComment: { params: byId, body: admin.CommentModeration, errors: write },
  listQuestions: { query: admin.AdminQuestionQuery, errors: [400, 401, 403] },
  getQuestion: { params: byId, errors: [401, 403, 404] },
  transitionQuestion: { params: byId, body: admin.QuestionTransition, errors: write },
  erasePersonalData: { params: byId, errors: [401, 403, 404] },
  updateQaFormConfig: { body: qa.QaFormConfig, errors: write },
  createPoll: { body: admin.PollInput, errors: write },
  updatePoll: { params: byId, body: admin.PollInput, errors: write },
  deletePoll: { params: byId, errors: write },
  listApiKeys: { errors: [401, 403] },
  createApiKey: { body: admin.ApiKeyCreate, errors: write },
  revokeApiKey: { params: byId, errors: [401, 403, 404] },
  listCalendarDays: { errors: [401, 403] },
  setCalendarDay: { params: byDate, body: admin.CalendarDayInput, errors: write },
  deleteCalendarDay: { params: byDate, errors: [401, 403, 404] },
  listBackups: { errors: [401, 403] },
  createBackup: { errors: [401, 403] },
  getAuditLog: { query: admin.AuditLogQuery, errors: [400, 401, 403] },
} as const);
