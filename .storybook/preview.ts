import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { defaultMockApi } from '../stories/mocks/index.js';
import { startMockWorker } from '../stories/mocks/worker.js';
import { kitEvents, manifest } from '../stories/support/manifest.js';
import { withPortalPage } from './portal-page.js';

// The docs pages' descriptions and API tables come from the elements' JSDoc, through the manifest.
setCustomElementsManifest(manifest);

// The kit's events bubble out of shadow roots to the document: the Actions panel logs each one.
for (const name of kitEvents) {
  const log = action(name);
  document.addEventListener(name, (event) => {
    log((event as CustomEvent).detail);
  });
}

/** The rules every state of every element must pass (as in the elements' browser tests). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader(startMockWorker)],
  decorators: [withPortalPage],
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>); every element follows it',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme the host page declares',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', scheme: 'light' },
  parameters: {
    msw: { handlers: defaultMockApi },
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: wcagTags } } },
    controls: { expanded: true, sort: 'requiredFirst' },
    // The page's background is the scheme's (the Scheme toolbar), as on a real site.
    backgrounds: { disable: true },
    // Each story of a docs page in its own frame: each has its own mocked API.
    docs: { story: { inline: false, iframeHeight: 360 } },
  },
};

export default preview;
