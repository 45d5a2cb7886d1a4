import { setupWorker } from 'msw/browser';
import { mockApiOrigin } from './api.js';
import { photos } from './portal.js';

/**
 * Starts Mock Service Worker for the stories. Its script is looked up beside `iframe.html`, so the
 * built Storybook works under any path. A request to the mocked API that no handler answers is an
 * error (a story forgot a mock); anything else (Storybook's own files) goes to the network.
 */
export async function startMockWorker() {
  const worker = setupWorker(photos);
  await worker.start({
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (request.url.startsWith(mockApiOrigin)) print.error();
    },
  });
  return worker;
}
