import { msg } from '@lit/localize';
import type { AdminOperationId } from '@vn-portal/schema';
import { mayCall, type ConsoleUser } from './access.js';

/** The console's screens, in the order of its navigation; each is addressed by `#id` in the URL. */
export const viewIds = ['qa', 'draft-comments', 'leaders', 'agencies', 'polls', 'calendar', 'origins', 'personal-data', 'api-keys', 'backups', 'register', 'register-import', 'activity-report', 'audit-log', 'qa-settings'] as const;
export type ViewId = (typeof viewIds)[number];

/** The operation a screen is built on: a person who may not call it does not see the screen. */
const gate: Record<ViewId, AdminOperationId> = {
  qa: 'listQuestions',
  'draft-comments': 'listDraftQueues',
  leaders: 'updateLeader',
  agencies: 'updateLeader',
  polls: 'getPollForAdmin',
  calendar: 'listCalendarDays',
  origins: 'getAllowedOrigins',
  'personal-data': 'listDataSubjectRequests',
  'api-keys': 'listApiKeys',
  backups: 'listBackups',
  register: 'listLegalDocumentsForAdmin',
  'register-import': 'importLegalDocuments',
  'activity-report': 'getActivityReport',
  'audit-log': 'getAuditLog',
  'qa-settings': 'updateQaFormConfig',
};

export const viewTitle = (view: ViewId): string =>
  ({
    qa: msg('Hỏi đáp', { id: 'view-qa' }),
    'draft-comments': msg('Góp ý dự thảo', { id: 'view-draft-comments' }),
    leaders: msg('Lãnh đạo', { id: 'view-leaders' }),
    agencies: msg('Cơ quan', { id: 'view-agencies' }),
    polls: msg('Bình chọn', { id: 'view-polls' }),
    calendar: msg('Lịch ngày nghỉ', { id: 'view-calendar' }),
    origins: msg('Trang được phép', { id: 'view-origins' }),
    'personal-data': msg('Yêu cầu về dữ liệu cá nhân', { id: 'view-personal-data' }),
    'api-keys': msg('Khóa API', { id: 'view-api-keys' }),
    backups: msg('Sao lưu', { id: 'view-backups' }),
    register: msg('Văn bản', { id: 'view-register' }),
    'register-import': msg('Nhập sổ văn bản', { id: 'view-register-import' }),
    'activity-report': msg('Báo cáo hoạt động', { id: 'view-activity-report' }),
    'audit-log': msg('Nhật ký thay đổi', { id: 'view-audit-log' }),
    'qa-settings': msg('Cấu hình mẫu hỏi đáp', { id: 'view-qa-settings' }),
  })[view];

export const viewsFor = (user: ConsoleUser): ViewId[] => viewIds.filter((view) => mayCall(user, gate[view]));

/** The view a URL fragment names (`#polls`), if it is one. */
export const viewOfHash = (hash: string): ViewId | undefined => viewIds.find((view) => `#${view}` === hash);
