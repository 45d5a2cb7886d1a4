import { configureLocalization } from '@lit/localize';
import { createSessionClient } from '@vn-portal/sdk/admin';
import { VnpConsole } from './vnp-console.js';

export { VnpConsole } from './vnp-console.js';
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
  if (!customElements.get('vnp-console')) customElements.define('vnp-console', VnpConsole);
  const language = document.documentElement.lang === 'en' ? 'en' : 'vi';
  await setLocale(language);
  const element = new VnpConsole();
  element.client = createSessionClient({ baseUrl: location.origin, locale: language });
  root.replaceChildren(element);
  return element;
}
