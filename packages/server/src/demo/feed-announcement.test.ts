// A feed reader finds the register's Atom feed from the demo pages, as it would from an agency's:
// each page announces the feed of its own scope, under the title the feed itself carries.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seedDemo } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { demoPaths, districtAgency } from './demo-pages.js';

const unescape = (text: string) => text.replace(/&#(\d+);/g, (_reference, code: string) => String.fromCharCode(Number(code)));

let t: TestApp;
before(async () => {
  t = await startTestApp('sqlite', {
    seed: seedDemo,
  });
});
after(() => t.close());

test('each demo page announces its register’s Atom feed with the feed’s own title', async () => {
  for (const [path, agency] of [
    [demoPaths.province, undefined],
    [demoPaths.district, districtAgency],
  ] as const) {
    const page = (await t.app.inject({ method: 'GET', url: path })).body;
    const links = [...page.matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)" title="([^"]+)">/g)];
    assert.equal(links.length, 1, `${path} announces one feed`);
    const [, href = '', title = ''] = links[0] ?? [];
    assert.equal(new URL(href, 'http://portal.example').searchParams.get('agency'), agency ?? null, `${path}: the feed of its own scope`);
    const feed = await t.app.inject({ method: 'GET', url: unescape(href) });
    assert.equal(feed.statusCode, 200, `${path}: the announced feed is served`);
    assert.match(String(feed.headers['content-type']), /application\/atom\+xml/, `${path}: an Atom feed`);
    const feedTitle = /<feed[^>]*>[\s\S]*?<title[^>]*>([^<]+)<\/title>/.exec(feed.body)?.[1] ?? '';
    assert.equal(unescape(title), unescape(feedTitle), `${path}: the link's title is the feed's`);
  }
});
