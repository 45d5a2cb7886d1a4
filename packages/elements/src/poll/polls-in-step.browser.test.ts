import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { apiBase, part, parts, setTabVisibility, settled, textOf } from '../../test/browser-helpers.js';
import './vn-poll.js';
import { VnPoll } from './poll.js';

// Two copies of one poll on a page (a sidebar and the article, say) show one state: what a vote or a
// refresh brings to one shows in the other. The polls are added in test/reference-server.ts.

async function twoCopies(template: ReturnType<typeof html>): Promise<[VnPoll, VnPoll]> {
  // fixtureSync: `fixture` waits for an animation frame, which a test page in a background tab never gets.
  const root = fixtureSync<HTMLElement>(template);
  const [first, second] = [...root.querySelectorAll('vn-poll')];
  if (!(first instanceof VnPoll) || !(second instanceof VnPoll)) throw new Error('two polls expected');
  await Promise.all([settled(first), settled(second)]);
  return [first, second];
}

const figures = (element: VnPoll) => parts(element, 'figures').map((node) => textOf(node));

describe('two copies of one poll on a page', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    VnPoll.minimumInterval = 5;
  });

  it('a vote in one shows as voted, with the new counts, in the other', async () => {
    const [first, second] = await twoCopies(html`<div>
      <vn-poll poll-id="fixture-poll-copies"></vn-poll>
      <vn-poll poll-id="fixture-poll-copies"></vn-poll>
    </div>`);
    // Booleans, not elements: a failed comparison of elements has the runner describe whole DOM trees.
    expect(part(first, 'form') !== null, 'the first copy offers the form').to.equal(true);
    expect(part(second, 'form') !== null, 'the second copy offers the form').to.equal(true);

    first.shadowRoot?.querySelector('input')?.click();
    await first.updateComplete;
    const voted = oneEvent(first, 'vn-vote');
    part(first, 'vote-button')?.click();
    await voted;
    await second.updateComplete;

    expect(part(second, 'form') === null, 'the second copy no longer offers the form').to.equal(true);
    expect(textOf(part(second, 'voted'))).to.not.equal('');
    expect(textOf(part(second, 'total'))).to.equal('Tổng số phiếu: 7');
    expect(figures(second)).to.deep.equal(figures(first));
  });

  it('what a live refresh in one brings shows in the other', async () => {
    cleanups.push(setTabVisibility('visible'));
    VnPoll.minimumInterval = 0.1;
    const [live, still] = await twoCopies(html`<div>
      <vn-poll poll-id="fixture-poll-copies-live" live interval="0.1"></vn-poll>
      <vn-poll poll-id="fixture-poll-copies-live"></vn-poll>
    </div>`);
    // The live copy refreshes while its results are open.
    (part(live, 'results-button') as HTMLButtonElement).click();
    await live.updateComplete;
    expect(textOf(part(still, 'total'))).to.equal('Tổng số phiếu: 6');

    // Another visitor votes after this page loaded.
    const response = await fetch(`${apiBase()}/api/v1/polls/fixture-poll-copies-live/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ voterToken: crypto.randomUUID().replace(/-/g, ''), optionIds: ['lua-chon-2'] }),
    });
    expect(response.status).to.equal(200);
    await waitUntil(() => textOf(part(still, 'total')) === 'Tổng số phiếu: 7', 'the copy that does not refresh did not get the new count', { timeout: 5000 });
    expect(figures(still)).to.deep.equal(figures(live));
  });
});
