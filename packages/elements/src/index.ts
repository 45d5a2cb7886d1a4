/**
 * The elements' classes, with no side effect: importing this registers no tag. Register them with
 * the define modules (`@vn-portal/elements/vn-leader-list.js`, …), all at once with
 * `@vn-portal/elements/vn-portal.js`, or on demand with `@vn-portal/elements/loader.js`.
 */
export { VnLeaderList, type LeaderListLayout } from './leader-list/leader-list.js';
export { VnVisitCounter, type VisitCounterLayout } from './visit-counter/visit-counter.js';
export { VnSourceCredit } from './source-credit/source-credit.js';
export { VnPoll } from './poll/poll.js';
export { VnLegalDocs, type LegalDocsMode } from './legal-docs/legal-docs.js';
export { VnQaForm, type QaFormView } from './qa-form/qa-form.js';
export { PortalElement, type VnEventDetails, type VnErrorDetail, type VnCopyDetail, type VnVoteDetail, type VnSearchDetail, type VnDocumentOpenDetail, type VnCommentDetail, type VnQuestionSubmittedDetail } from './shared/portal-element.js';
export { portalNamespace, type PortalSettings, type VnPortalNamespace } from './shared/config.js';
export type { Language } from '@vn-portal/schema';
