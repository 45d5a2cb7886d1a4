/*
 * Bytes a visitor's browser moves for the demo pages: a first view (empty cache) and a repeat view
 * (the same browser coming back), counted from the bytes Chromium received off the wire for every
 * request of the page until all six elements have loaded. The server is the real one, started by its
 * CLI on an empty SQLite data directory, with the elements' CDN build (`npm run build` first).
 *
 *   node --import tsx --conditions=source packages/server/bench/page-weight.ts
 */
import type { Page } from 'puppeteer-core';
import { demoPaths } from '../src/demo/demo-pages.js';
import { startCliServer } from '../test/cli-server.js';
import { kitTags, launchChromium, waitForElements } from '../test/demo-browser.js';
import { printTable } from './harness.js';

interface View {
  requests: number;
  fromNetwork: number;
  revalidated: number;
  bytes: number;
  scriptBytes: number;
}

/** Loads `url` in `page` and sums what every response of the view moved over the network. */
async function view(page: Page, url: string): Promise<View> {
  const session = await page.createCDPSession();
  await session.send('Network.enable');
  const scripts = new Set<string>();
  const statuses = new Map<string, number>();
  const received = new Map<string, number>();
  const cached = new Set<string>();
  session.on('Network.requestServedFromCache', (event) => cached.add(event.requestId));
  session.on('Network.responseReceived', (event) => {
    statuses.set(event.requestId, event.response.status);
    if (event.type === 'Script') scripts.add(event.requestId);
    if (event.response.fromDiskCache === true) cached.add(event.requestId);
  });
  session.on('Network.loadingFinished', (event) => received.set(event.requestId, event.encodedDataLength));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await waitForElements(page, kitTags);
  await page.waitForNetworkIdle({ idleTime: 500 });
  await session.detach();
  const all = [...received].filter(([id]) => statuses.has(id));
  const fromNetwork = all.filter(([id]) => !cached.has(id));
  return {
    requests: all.length,
    fromNetwork: fromNetwork.length,
    revalidated: fromNetwork.filter(([id]) => statuses.get(id) === 304).length,
    bytes: fromNetwork.reduce((sum, [, bytes]) => sum + bytes, 0),
    scriptBytes: fromNetwork.filter(([id]) => scripts.has(id)).reduce((sum, [, bytes]) => sum + bytes, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await startCliServer();
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const [name, path] of Object.entries(demoPaths)) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    for (const [label, measured] of [
      ['first view', await view(page, `${server.url}${path}`)],
      ['repeat view', await view(page, `${server.url}${path}`)],
    ] as const) {
      rows.push([`${name} (${path}), ${label}`, String(measured.requests), String(measured.fromNetwork), String(measured.revalidated), kb(measured.scriptBytes), kb(measured.bytes)]);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
printTable(['page, view', 'requests', 'sent to the server', 'answered 304', 'JavaScript moved', 'all bytes moved'], rows);
