import { configureLocalization } from '@lit/localize';
import { createSessionClient } from '@vn-portal/sdk/admin';
import { createPortalClient } from '@vn-portal/sdk';
import { VnpCommentModeration } from './moderation/comment-moderation.js';
import { VnpCitationPicker } from './questions/citation-picker.js';
import { VnpQuestionDetail } from './questions/question-detail.js';
import { VnpRichTextEditor } from './questions/rich-text-editor.js';
import { VnpConsole } from './vnp-console.js';

export { VnpConsole } from './vnp-console.js';
export { VnpQuestionDetail, type SessionCall } from './questions/question-detail.js';
export { VnpRichTextEditor } from './questions/rich-text-editor.js';
export { VnpCitationPicker, citationOf } from './questions/citation-picker.js';
export { VnpCommentModeration } from './moderation/comment-moderation.js';
export { progressNotices, type ProgressNotice } from './questions/progress-notices.js';
export { inboxOrder, urgencyOf, weekdaysOnly, type Urgency, type WorkingDayCount } from './inbox-order.js';

const { setLocale } = configureLocalization({
  sourceLocale: 'vi',
  targetLocales: ['en'],
  loadLocale: () => import('./locales/en.js'),
});

/**
 * Starts the console on a page the API server serves (its session cookie is for that origin): in
 * the page's language, talking to the API at the page's own origin.
 */
export async function startConsole(root: HTMLElement): Promise<VnpConsole> {
  const elements = {
    'vnp-console': VnpConsole,
    'vnp-question-detail': VnpQuestionDetail,
    'vnp-rich-text-editor': VnpRichTextEditor,
    'vnp-citation-picker': VnpCitationPicker,
    'vnp-comment-moderation': VnpCommentModeration,
  };
  for (const [name, element] of Object.entries(elements)) if (!customElements.get(name)) customElements.define(name, element);
  const language = document.documentElement.lang === 'en' ? 'en' : 'vi';
  await setLocale(language);
  const element = new VnpConsole();
  element.client = createSessionClient({ baseUrl: location.origin, locale: language });
  element.portal = createPortalClient({ baseUrl: location.origin, locale: language });
  root.replaceChildren(element);
  return element;
}
