import type { Decorator } from '@storybook/web-components-vite';
import { mockApiOrigin } from '../stories/mocks/api.js';

// Text and background of the host page in each scheme; the elements inherit the text colour.
const schemes = {
  light: { colorScheme: 'light', background: '#ffffff', color: '#1b1f24' },
  dark: { colorScheme: 'dark', background: '#15181c', color: '#e6e9ed' },
} as const;

function setApiMeta(content: string | undefined): void {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="vn-portal:api"]');
  if (content === undefined) {
    meta?.remove();
    return;
  }
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'vn-portal:api';
    document.head.append(meta);
  }
  meta.content = content;
}

/**
 * Makes the preview the page an agency site is: `<html lang>` from the language toolbar (the switch
 * a bilingual site makes, which every element follows), the colour scheme the page declares, and
 * the API address in `<meta name="vn-portal:api">` (the mocked API), unless a story says the page
 * has none (`parameters.portalApi: false`).
 */
export const withPortalPage: Decorator = (story, { globals, parameters }) => {
  const root = document.documentElement;
  root.lang = globals.locale === 'en' ? 'en' : 'vi';
  const scheme = schemes[globals.scheme === 'dark' ? 'dark' : 'light'];
  root.style.colorScheme = scheme.colorScheme;
  document.body.style.background = scheme.background;
  document.body.style.color = scheme.color;
  setApiMeta(parameters.portalApi === false ? undefined : mockApiOrigin);
  return story();
};
