import { VnpCommentModeration } from './moderation/comment-moderation.js';
import { VnpCitationPicker } from './questions/citation-picker.js';
import { VnpQuestionDetail } from './questions/question-detail.js';
import { VnpRichTextEditor } from './questions/rich-text-editor.js';
import { VnpAgenciesScreen } from './screens/agencies-screen.js';
import { VnpApiKeysScreen } from './screens/api-keys-screen.js';
import { VnpAuditLogScreen } from './screens/audit-log-screen.js';
import { VnpBackupsScreen } from './screens/backups-screen.js';
import { VnpCalendarScreen } from './screens/calendar-screen.js';
import { VnpLeadersScreen } from './screens/leaders-screen.js';
import { VnpOriginsScreen } from './screens/origins-screen.js';
import { VnpPersonalDataScreen } from './screens/personal-data-screen.js';
import { VnpPollsScreen } from './screens/polls-screen.js';
import { VnpQaSettingsScreen } from './screens/qa-settings-screen.js';
import { VnpConsole } from './vnp-console.js';
import { VnpActivityReportScreen } from './screens/activity-report-screen.js';
import { VnpRegisterImportScreen } from './screens/register-import-screen.js';
import { VnpRegisterScreen } from './screens/register-screen.js';

const elements = {
  'vnp-console': VnpConsole,
  'vnp-question-detail': VnpQuestionDetail,
  'vnp-rich-text-editor': VnpRichTextEditor,
  'vnp-citation-picker': VnpCitationPicker,
  'vnp-comment-moderation': VnpCommentModeration,
  'vnp-leaders-screen': VnpLeadersScreen,
  'vnp-agencies-screen': VnpAgenciesScreen,
  'vnp-polls-screen': VnpPollsScreen,
  'vnp-calendar-screen': VnpCalendarScreen,
  'vnp-origins-screen': VnpOriginsScreen,
  'vnp-personal-data-screen': VnpPersonalDataScreen,
  'vnp-api-keys-screen': VnpApiKeysScreen,
  'vnp-backups-screen': VnpBackupsScreen,
  'vnp-register-screen': VnpRegisterScreen,
  'vnp-register-import-screen': VnpRegisterImportScreen,
  'vnp-activity-report-screen': VnpActivityReportScreen,
  'vnp-audit-log-screen': VnpAuditLogScreen,
  'vnp-qa-settings-screen': VnpQaSettingsScreen,
} as const;

/** Registers the console and its screens (once: a second call, from Storybook say, changes nothing). */
export function defineConsoleElements(): void {
  for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);
}
