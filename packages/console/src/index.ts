import { configureLocalization } from '@lit/localize';
import { createSessionClient } from '@vn-portal/sdk/admin';
import { withPublicReads } from './console-client.js';
import { defineConsoleElements } from './elements.js';
import { VnpConsole } from './vnp-console.js';

export { VnpConsole } from './vnp-console.js';
export { defineConsoleElements } from './elements.js';
export { withPublicReads, type ConsoleClient } from './console-client.js';
export { viewIds, type ViewId } from './views.js';
export { VnpQuestionDetail, type SessionCall } from './questions/question-detail.js';
export { VnpRichTextEditor } from './questions/rich-text-editor.js';
export { VnpCitationPicker, citationOf } from './questions/citation-picker.js';
export { VnpCommentModeration } from './moderation/comment-moderation.js';
export { progressNotices, type ProgressNotice } from './questions/progress-notices.js';
export { inboxOrder, urgencyOf, weekdaysOnly, type Urgency, type WorkingDayCount } from './inbox-order.js';

export const { setLocale } = configureLocalization({
  sourceLocale: 'vi',
  targetLocales: ['en'],
  loadLocale: () => import('./locales/en.js'),
});

/**
 * Starts the console on a page the API server serves (its session cookie is for that origin): in
 * the page's language, talking to the API at the page's own origin.
 */
export async function startConsole(root: HTMLElement): Promise<VnpConsole> {
  defineConsoleElements();
  const language = document.documentElement.lang === 'en' ? 'en' : 'vi';
  await setLocale(language);
  const element = new VnpConsole();
  // Officers must see what they have just written: every read is revalidated (the ETag cache sends
  // If-None-Match) instead of taken from the browser's cache, where public answers stay 60 s.
  element.client = withPublicReads(createSessionClient({ baseUrl: location.origin, locale: language, etagCache: true }));
  root.replaceChildren(element);
  return element;
}
