import type { ApiKeyRole } from './admin.js';
import type { adminRoutes } from './endpoints/admin.js';

export type AdminOperationId = keyof typeof adminRoutes;

const roleRank: Record<ApiKeyRole, number> = { editor: 1, moderator: 2, admin: 3 };

/** Roles are ordered: a moderator may do what an editor may, an admin everything. */
export const roleReaches = (role: ApiKeyRole, required: ApiKeyRole): boolean => roleRank[role] >= roleRank[required];

/**
 * How a key or account limited to some agencies may use each admin operation; the type makes every
 * new admin operation say which it is. The server enforces it; the console hides what it forbids.
 * - `portal`: changes or reads what belongs to the whole portal (its settings, the agency tree,
 *   whose province level writes everywhere, calendar, backups, the people's data-subject requests
 *   spanning every agency): keys covering every agency only.
 * - `agency`: the handler checks the agency of the record it reads or changes.
 * - `filtered`: a list or report showing a scoped key only its agencies' entries.
 */
export const adminOperationScope: Record<AdminOperationId, 'portal' | 'agency' | 'filtered'> = {
  updatePortal: 'portal',
  createAgency: 'portal',
  updateAgency: 'portal',
  deleteAgency: 'portal',
  getAllowedOrigins: 'agency',
  setAllowedOrigins: 'agency',
  createLeader: 'agency',
  updateLeader: 'agency',
  deleteLeader: 'agency',
  createLegalDocument: 'agency',
  updateLegalDocument: 'agency',
  listLegalDocumentsForAdmin: 'filtered',
  deleteLegalDocument: 'agency',
  withdrawLegalDocument: 'agency',
  importLegalDocuments: 'agency',
  getLegalDocumentImportTemplate: 'filtered',
  listCommentsForModeration: 'agency',
  moderateComment: 'agency',
  exportComments: 'agency',
  listDraftQueues: 'filtered',
  listQuestions: 'filtered',
  getQuestion: 'agency',
  transitionQuestion: 'agency',
  readAsker: 'agency',
  erasePersonalData: 'agency',
  correctAsker: 'agency',
  exportQuestions: 'filtered',
  createDataSubjectRequest: 'portal',
  listDataSubjectRequests: 'portal',
  getDataSubjectRequest: 'portal',
  transitionDataSubjectRequest: 'portal',
  updateQaFormConfig: 'portal',
  listPollsForAdmin: 'filtered',
  createPoll: 'agency',
  getPollForAdmin: 'agency',
  updatePoll: 'agency',
  deletePoll: 'agency',
  listApiKeys: 'filtered',
  createApiKey: 'agency',
  revokeApiKey: 'agency',
  listCalendarDays: 'portal',
  setCalendarDay: 'portal',
  deleteCalendarDay: 'portal',
  listBackups: 'portal',
  createBackup: 'portal',
  getAuditLog: 'filtered',
  getActivityReport: 'filtered',
  exportActivityReport: 'filtered',
  printActivityReport: 'filtered',
};
