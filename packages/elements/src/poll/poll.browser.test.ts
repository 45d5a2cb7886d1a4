import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Poll, PollResults, VoteReceipt } from '@vn-portal/schema';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import {
  apiBase,
  expectAccessible,
  expectRetryOffered,
  part,
  parts,
  setPageLang,
  setTabVisibility,
  settled,
  settledFixture,
  simulateNetworkFailure,
  sleep,
  textOf,
  unreachableApi,
  watchRequests,
} from '../../test/browser-helpers.js';
import './vn-poll.js';
import { VnPoll } from './poll.js';

// The polls named `fixture-poll-*` are added to the reference server in test/reference-server.ts;
// each test that votes has a poll of its own, since this browser votes once per poll.

const pollElement = (template: ReturnType<typeof html>) => settledFixture<VnPoll>(template);

/** An element's markup, to assert on: a failed comparison of elements themselves stalls the test runner. */
const markup = (node: Element | null | undefined) => node?.outerHTML;
const inputs = (element: VnPoll) => [...(element.shadowRoot?.querySelectorAll('input') ?? [])];
/**
 * What has focus in the element, by name (`results`, `vote-button`, `input 0`…): elements compared
 * directly would, on failure, have the test runner serialize the whole DOM around them.
 */
function focused(element: VnPoll): string | undefined {
  const active = element.shadowRoot?.activeElement;
  if (active instanceof HTMLInputElement) return `input ${inputs(element).indexOf(active)}`;
  return active?.getAttribute('part') ?? active?.tagName;
}

/** Each result as it is seen: the option's label and its figures ("1.180 phiếu (88%)"). */
const resultRows = (element: VnPoll) =>
  parts(element, 'result').map((row) => [textOf(row.querySelector('[part="option-label"]')), textOf(row.querySelector('[part="figures"]'))]);

/** The whole percentages as rendered, read back from the figures. */
const renderedPercents = (element: VnPoll) => resultRows(element).map(([, figures]) => Number(/\((\d+)\s?%\)/.exec(figures ?? '')?.[1]));

/** Clicks the options at `indexes`, as a visitor does, and waits for the render. */
async function choose(element: VnPoll, ...indexes: number[]): Promise<void> {
  for (const index of indexes) inputs(element)[index]?.click();
  await element.updateComplete;
}

/** Waits for the server's answer to a vote, as `vn-vote` reports it, and for the render. */
async function voted(element: VnPoll, press: () => unknown) {
  const event = oneEvent<GlobalEventHandlersEventMap['vn-vote']>(element, 'vn-vote');
  await press();
  const { detail } = await event;
  await element.updateComplete;
  return detail;
}
const clickVote = (element: VnPoll) => () => (part(element, 'vote-button') as HTMLButtonElement).click();

const pollUrl = (pollId: string, rest = '') => `${apiBase()}/api/v1/polls/${pollId}${rest}`;
const serverPoll = async (pollId: string) => (await fetch(pollUrl(pollId))).json() as Promise<Poll>;

/** What the server counted, as it answers the holder of `voterToken`. */
const serverResults = async (pollId: string, voterToken?: string) =>
  (await fetch(pollUrl(pollId, `/results${voterToken === undefined ? '' : `?voterToken=${voterToken}`}`))).json() as Promise<PollResults>;

/** A vote sent straight to the server, as another browser would (or this one again, with its token). */
async function castVote(pollId: string, voterToken: string, optionIds: string[]) {
  const response = await fetch(pollUrl(pollId, '/votes'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ voterToken, optionIds }) });
  return { status: response.status, body: (await response.json()) as VoteReceipt & { code?: string } };
}

const storedToken = (pollId: string) => localStorage.getItem(`vn-portal:poll-voter:${pollId}`);
const randomToken = () => crypto.randomUUID().replace(/-/g, '');

/**
 * Sends this page's votes for `fromPollId` to `toPollId` instead. Changing a poll under a form a
 * visitor has open (closing it, changing its options) takes an editor's API key, which test pages
 * do not hold; the vote goes to a poll already in that state, and the real server answers it.
 */
function redirectVotes(fromPollId: string, toPollId: string): () => void {
  const realFetch = window.fetch.bind(window);
  const from = `/polls/${fromPollId}/votes`;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!request.url.endsWith(from)) return realFetch(request);
    const { method, headers, signal } = request;
    return realFetch(request.url.replace(from, `/polls/${toPollId}/votes`), { method, headers, signal, body: await request.text() });
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** Lets the vote reach the server, then loses the answer, as a dropped connection does. */
function loseNextAnswer(): () => void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    await realFetch(input, init);
    window.fetch = realFetch;
    throw new TypeError('Failed to fetch (the answer was lost)');
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** Makes localStorage throw, as it does in browsers that block site data. */
function blockStorage(): () => void {
  const real = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (real) Object.defineProperty(window, 'localStorage', real);
    else Reflect.deleteProperty(window, 'localStorage');
  };
}

/**
 * The text the element gives assistive technology, in reading order: its text without what is
 * `aria-hidden` or not rendered, visually hidden text included, one piece per text node. (What
 * Chromium's accessibility tree holds, as Puppeteer's snapshot shows it; the test runner here has
 * no accessibility-snapshot command configured.)
 */
function exposedText(element: VnPoll): string {
  const pieces: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none')) return;
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) pieces.push(node.textContent.replace(/\s+/g, ' ').trim());
    for (const child of node.childNodes) walk(child);
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return pieces.join(' | ');
}

const viDate = (iso: string | undefined) => formatDate(iso ?? '', 'vi');

describe('<vn-poll>', () => {
  let cleanups: (() => void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups = [];
    VnPoll.minimumInterval = 5;
    await setPageLang('vi');
  });

  describe('voting', () => {
    it('votes in a single-choice poll from a radio group in a fieldset, then shows the results the policy allows', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-single"></vn-poll>`);
      const fieldset = element.shadowRoot?.querySelector('fieldset');
      expect(textOf(fieldset?.querySelector('legend'))).to.equal('Ý kiến về Trang thông tin điện tử của Sở?');
      expect(inputs(element).map((input) => [input.type, input.name])).to.deep.equal([
        ['radio', 'choice'],
        ['radio', 'choice'],
        ['radio', 'choice'],
      ]);
      expect(parts(element, 'option').map(textOf)).to.deep.equal(['Đạt yêu cầu', 'Chưa đạt yêu cầu', 'Cần thêm chủ đề']);
      expect(textOf(part(element, 'hint'))).to.equal('Chọn một phương án.');
      expect(fieldset?.getAttribute('aria-describedby')).to.equal('hint problem');
      // After-vote policy: no counts before this visitor votes, and the server sends none either.
      expect(textOf(part(element, 'results-notice'))).to.equal('Kết quả được hiển thị sau khi bạn bình chọn.');
      expect(markup(part(element, 'results'))).to.equal(undefined);
      expect(await serverResults('fixture-poll-single')).to.deep.include({ visible: false, total: 0 });
      await expectAccessible(element);

      await choose(element, 1);
      const detail = await voted(element, clickVote(element));
      expect(detail).to.deep.include({ pollId: 'fixture-poll-single', optionIds: ['lua-chon-2'], counted: true });
      // 3, 2, 1 before, one more for the second option: 3/7, 3/7, 1/7 → 43 + 43 + 14.
      expect(resultRows(element)).to.deep.equal([
        ['Đạt yêu cầu', '3 phiếu (43%)'],
        ['Chưa đạt yêu cầu', '3 phiếu (43%)'],
        ['Cần thêm chủ đề', '1 phiếu (14%)'],
      ]);
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 7');
      expect(textOf(part(element, 'voted'))).to.equal('Cảm ơn bạn đã tham gia bình chọn: phiếu của bạn đã được ghi nhận.');
      expect(markup(element.shadowRoot?.querySelector('form'))).to.equal(undefined);
      expect(focused(element)).to.equal('results');
      const live = element.shadowRoot?.querySelector('[data-live]');
      await waitUntil(() => textOf(live) === 'Cảm ơn bạn đã tham gia bình chọn: phiếu của bạn đã được ghi nhận.', 'the vote was not announced');
      await expectAccessible(element);

      // The token is random, stored for this poll only, and the server counted its vote.
      const token = storedToken('fixture-poll-single') ?? '';
      expect(token).to.match(/^[A-Za-z0-9_-]{16,128}$/);
      expect(await serverResults('fixture-poll-single', token)).to.deep.include({ voted: true, visible: true, total: 7 });

      // A later visit: "you have voted", and the results.
      const later = await pollElement(html`<vn-poll poll-id="fixture-poll-single"></vn-poll>`);
      expect(textOf(part(later, 'voted'))).to.equal('Bạn đã bình chọn trong cuộc thăm dò này.');
      expect(inputs(later)).to.have.length(0);
      expect(textOf(part(later, 'total'))).to.equal('Tổng số phiếu: 7');
      await expectAccessible(later);
      await setPageLang('en', later);
      expect(textOf(part(later, 'voted'))).to.equal('You have voted in this poll.');
      expect(resultRows(later)[2]).to.deep.equal(['Needs more topics', '1 vote (14%)']);
      await expectAccessible(later);
    });

    it('takes at most maxChoices options in a multiple-choice poll, says so, and sends nothing until the choice is right', async () => {
      const watch = watchRequests();
      cleanups.push(watch.restore);
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-multiple"></vn-poll>`);
      expect(inputs(element).map((input) => input.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox', 'checkbox']);
      expect(textOf(part(element, 'hint'))).to.equal('Chọn tối đa 2 phương án.');

      (part(element, 'vote-button') as HTMLButtonElement).click();
      // The poll's problem wording comes with its form's first use, so the alert may fill a moment later.
      await waitUntil(() => textOf(part(element, 'problem')) !== '', 'no problem was shown');
      const problem = part(element, 'problem');
      expect(problem?.getAttribute('role')).to.equal('alert');
      expect(textOf(problem)).to.equal('Vui lòng chọn ít nhất một phương án trước khi bình chọn.');
      // Focus goes to the options, whose group the message describes.
      await waitUntil(() => focused(element) === 'input 0', 'focus did not move to the options');
      await expectAccessible(element);

      await choose(element, 0, 1, 2);
      expect(textOf(problem)).to.equal('Bạn đã chọn 3 phương án: chỉ được chọn tối đa 2.');
      (part(element, 'vote-button') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(textOf(problem)).to.equal('Bạn đã chọn 3 phương án: chỉ được chọn tối đa 2.');
      await expectAccessible(element);
      await setPageLang('en', element);
      expect([textOf(part(element, 'hint')), textOf(problem)]).to.deep.equal(['Choose up to 2 options.', 'You have chosen 3 options: choose at most 2.']);
      await expectAccessible(element);
      await setPageLang('vi', element);
      expect(watch.requests.filter((request) => request.method === 'POST')).to.deep.equal([]);

      await choose(element, 2);
      expect(textOf(problem)).to.equal('');
      const detail = await voted(element, clickVote(element));
      expect(detail.optionIds).to.deep.equal(['lua-chon-1', 'lua-chon-2']);
      expect(detail.counted).to.equal(true);
      // 8 voters ticked 4, 4, 3, 1; this vote makes 9 voters and ticks 5, 5, 3, 1: 36 + 36 + 21 + 7.
      expect(resultRows(element).map(([, figures]) => figures)).to.deep.equal(['5 phiếu (36%)', '5 phiếu (36%)', '3 phiếu (21%)', '1 phiếu (7%)']);
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 9');
      expect(watch.requests.filter((request) => request.method === 'POST').map((request) => request.body)).to.deep.equal([
        { voterToken: storedToken('fixture-poll-multiple'), optionIds: ['lua-chon-1', 'lua-chon-2'] },
      ]);
      await expectAccessible(element);
    });

    it('counts a browser once: another copy on the page shows the vote, and a second vote with its token is not counted', async () => {
      const first = await pollElement(html`<vn-poll poll-id="fixture-poll-once"></vn-poll>`);
      const second = await pollElement(html`<vn-poll poll-id="fixture-poll-once"></vn-poll>`);
      await choose(first, 0);
      expect((await voted(first, clickVote(first))).counted).to.equal(true);
      expect(textOf(part(first, 'total'))).to.equal('Tổng số phiếu: 3');

      // The second widget no longer offers the form: it shows what the first one got.
      await second.updateComplete;
      expect(inputs(second).length).to.equal(0);
      expect(textOf(part(second, 'voted'))).to.equal('Bạn đã bình chọn trong cuộc thăm dò này.');
      expect(resultRows(second).map(([, figures]) => figures)).to.deep.equal(['3 phiếu (100%)', '0 phiếu (0%)', '0 phiếu (0%)']);
      await expectAccessible(second);

      const direct = await castVote('fixture-poll-once', storedToken('fixture-poll-once') ?? '', ['lua-chon-3']);
      expect(direct.status).to.equal(200);
      expect(direct.body.counted).to.equal(false);
      expect((await serverResults('fixture-poll-once')).total).to.equal(3);
    });

    it('solves the bot check first when the poll asks for it, and the vote counts', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-proof"></vn-poll>`);
      const watched = watchRequests();
      cleanups.push(watched.restore);
      await choose(element, 1);
      expect((await voted(element, clickVote(element))).counted).to.equal(true);
      expect(watched.requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal(['POST /bot-check/challenges', 'POST /polls/fixture-poll-proof/votes']);
      expect(watched.requests[0]?.body).to.deep.equal({ operation: 'vote' });
      expect((await serverResults('fixture-poll-proof')).total).to.equal(3);
      const unsolved = await castVote('fixture-poll-proof', 'token-without-proof-0001', ['lua-chon-1']);
      expect(unsolved.status).to.equal(403);
    });

    it('keeps the choice after a network error, and a vote sent again is counted once', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-retry"></vn-poll>`);
      await choose(element, 0);
      cleanups.push(loseNextAnswer());
      const failed = oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
      (part(element, 'vote-button') as HTMLButtonElement).click();
      expect((await failed).detail.error.kind).to.equal('network');
      await element.updateComplete;
      expect(textOf(part(element, 'problem'))).to.equal(
        'Chưa gửi được phiếu bình chọn do không kết nối được với cổng thông tin. Vui lòng kiểm tra kết nối mạng và bình chọn lại.',
      );
      expect(inputs(element)[0]?.checked).to.equal(true);
      await expectAccessible(element);
      await setPageLang('en', element);
      expect(textOf(part(element, 'problem'))).to.equal('Your vote could not be sent: the portal could not be reached. Check your connection and vote again.');
      await expectAccessible(element);
      await setPageLang('vi', element);

      // The lost vote had arrived; sent again with the same token, it is not counted a second time.
      const retried = await voted(element, clickVote(element));
      expect(retried.counted).to.equal(false);
      expect(retried.results.total).to.equal(6);
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 6');
      expect(textOf(part(element, 'problem'))).to.equal('');
    });

    it('explains votes the server refuses: the poll closed meanwhile, or its options changed', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-problems"></vn-poll>`);
      await choose(element, 0);
      const restore = redirectVotes('fixture-poll-problems', 'fixture-poll-closed');
      const closed = oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
      (part(element, 'vote-button') as HTMLButtonElement).click();
      const { error } = (await closed).detail;
      restore();
      expect([error.kind, (error as { status?: number }).status]).to.deep.equal(['problem', 409]);
      await settled(element);
      expect(textOf(part(element, 'problem'))).to.equal('Cuộc thăm dò hiện không nhận phiếu bình chọn: phiếu của bạn chưa được ghi nhận.');
      await expectAccessible(element);

      cleanups.push(redirectVotes('fixture-poll-problems', 'fixture-poll-portal'));
      const changed = oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
      (part(element, 'vote-button') as HTMLButtonElement).click();
      expect((await changed).detail.error).to.deep.include({ status: 422 });
      await settled(element);
      expect(textOf(part(element, 'problem'))).to.equal('Các phương án của cuộc thăm dò đã thay đổi: vui lòng kiểm tra lại lựa chọn và bình chọn lại.');
      await setPageLang('en', element);
      expect(textOf(part(element, 'problem'))).to.equal('The options of this poll have changed: check your choice and vote again.');
      await expectAccessible(element);
      // Neither poll counted anything.
      expect((await serverResults('fixture-poll-closed')).total).to.equal(10);
      expect((await serverResults('fixture-poll-portal')).total).to.equal(1344);
    });

    it('votes where the browser blocks storage, remembering the vote for the page load', async () => {
      const restore = blockStorage();
      cleanups.push(restore);
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-no-storage"></vn-poll>`);
      await choose(element, 1);
      expect((await voted(element, clickVote(element))).counted).to.equal(true);
      const later = await pollElement(html`<vn-poll poll-id="fixture-poll-no-storage"></vn-poll>`);
      expect(textOf(part(later, 'voted'))).to.equal('Bạn đã bình chọn trong cuộc thăm dò này.');
      restore();
      expect(storedToken('fixture-poll-no-storage')).to.equal(null);
    });
  });

  describe('by keyboard alone', () => {
    it('moves through the radio group with the arrow keys and votes with Enter', async () => {
      // A fixture of the element itself: for a plain wrapper, `fixture()` waits for an animation
      // frame, which a test page in a background tab does not get.
      const element = await fixture<VnPoll>(html`<vn-poll poll-id="fixture-poll-keys-single"></vn-poll>`);
      const before = Object.assign(document.createElement('button'), { type: 'button', textContent: 'before' });
      element.before(before);
      await settled(element);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const radios = inputs(element);
      expect(focused(element)).to.equal('input 0');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      expect(radios.map((radio) => radio.checked)).to.deep.equal([false, true, false]);
      expect(focused(element)).to.equal('input 1');
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal('vote-button');
      const detail = await voted(element, () => sendKeys({ press: 'Enter' }));
      expect(detail.optionIds).to.deep.equal(['lua-chon-2']);
      expect(focused(element)).to.equal('results');
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 2');
    });

    it('ticks checkboxes with Space, opens the results and votes with Space', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-keys-multiple"></vn-poll>`);
      const boxes = inputs(element);
      boxes[0]?.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(textOf(part(element, 'problem'))).to.equal('Bạn đã chọn 3 phương án: chỉ được chọn tối đa 2.');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(textOf(part(element, 'problem'))).to.equal('');
      expect(boxes.map((box) => box.checked)).to.deep.equal([true, false, true, false]);

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const resultsButton = part(element, 'results-button');
      expect(focused(element)).to.equal('results-button');
      expect(part(element, 'results')?.hidden).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(resultsButton?.getAttribute('aria-expanded')).to.equal('true');
      expect(part(element, 'results')?.hidden).to.equal(false);
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 1');
      await expectAccessible(element);

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(element)).to.equal('vote-button');
      const detail = await voted(element, () => sendKeys({ press: 'Space' }));
      expect(detail.optionIds).to.deep.equal(['lua-chon-1', 'lua-chon-3']);
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 2');
    });
  });

  describe('results', () => {
    it('shows results as the portals do: count and percentage per option with a bar, and the total', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-portal"></vn-poll>`);
      // Always-visible results wait behind "See the results" while the visitor may still vote.
      const button = part(element, 'results-button') as HTMLButtonElement;
      expect([textOf(button), button.getAttribute('aria-expanded'), button.getAttribute('aria-controls')]).to.deep.equal(['Xem kết quả', 'false', 'results']);
      expect(part(element, 'results')?.hidden).to.equal(true);
      button.click();
      await element.updateComplete;
      expect(part(element, 'results')?.hidden).to.equal(false);
      expect(resultRows(element)).to.deep.equal([
        ['Đạt yêu cầu', '1.180 phiếu (88%)'],
        ['Chưa đạt yêu cầu', '107 phiếu (8%)'],
        ['Cần thêm chủ đề', '57 phiếu (4%)'],
      ]);
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 1.344');
      const shares = parts(element, 'bar').map((bar) => (bar.firstElementChild as HTMLElement).style.getPropertyValue('--_share'));
      expect(shares).to.deep.equal(['88%', '8%', '4%']);
      const [widest, track] = [parts(element, 'bar')[0]?.firstElementChild, parts(element, 'bar')[0]].map((node) => node?.getBoundingClientRect().width ?? 0);
      expect(Math.round(((widest ?? 0) / (track ?? 1)) * 100)).to.equal(88);
      const { closesAt } = await serverPoll('fixture-poll-portal');
      expect(textOf(part(element, 'schedule'))).to.equal(`Hạn bình chọn: ngày ${viDate(closesAt)}.`);
      await expectAccessible(element);
    });

    it('is read as "1180 votes, 88 percent", not as the figures on screen', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-closed" lang="en"></vn-poll>`);
      const read = exposedText(element);
      expect([part(element, 'results')?.getAttribute('role'), part(element, 'results')?.getAttribute('aria-label')]).to.deep.equal(['group', 'Results']);
      expect(read).to.contain('Satisfactory | 5 votes, 50 percent | Unsatisfactory | 3 votes, 30 percent').and.contain('Total votes: 10');
      expect(read).not.to.contain('(50%)');
      expect(parts(element, 'figures').map((figures) => figures.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
      expect(parts(element, 'bar').map((bar) => bar.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
      element.lang = 'vi';
      await sleep(0);
      await element.updateComplete;
      expect(exposedText(element)).to.contain('Đạt yêu cầu | 5 phiếu, 50 phần trăm');
      await expectAccessible(element);
    });

    it('gives percentages adding up to 100 on awkward counts, as rendered', async () => {
      for (const [pollId, expected] of [
        ['fixture-poll-thirds', [34, 33, 33]],
        ['fixture-poll-sevenths', [29, 28, 43]],
        ['fixture-poll-portal', [88, 8, 4]],
      ] as const) {
        const element = await pollElement(html`<vn-poll poll-id=${pollId}></vn-poll>`);
        expect(renderedPercents(element), pollId).to.deep.equal(expected);
        expect(renderedPercents(element).reduce((sum, percent) => sum + percent, 0), pollId).to.equal(100);
      }
    });

    it('shows a closed poll with its closing date and results, and no form', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-closed"></vn-poll>`);
      const { closesAt } = await serverPoll('fixture-poll-closed');
      expect(textOf(part(element, 'question'))).to.equal('Ý kiến về Trang thông tin điện tử của Sở?');
      expect(textOf(part(element, 'schedule'))).to.equal(`Cuộc thăm dò đã kết thúc ngày ${viDate(closesAt)}.`);
      expect(markup(element.shadowRoot?.querySelector('form, input, [part~="vote-button"]'))).to.equal(undefined);
      expect(resultRows(element).map(([, figures]) => figures)).to.deep.equal(['5 phiếu (50%)', '3 phiếu (30%)', '2 phiếu (20%)']);
      await expectAccessible(element);
      await setPageLang('en', element);
      expect(textOf(part(element, 'schedule'))).to.equal(`This poll closed on ${formatDate(closesAt ?? '', 'en')}.`);
      await expectAccessible(element);
      expect((await castVote('fixture-poll-closed', randomToken(), ['lua-chon-1'])).body.code).to.equal('poll-not-open');
    });

    it('says the results of a closed poll are not published when its policy is never', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-closed-never"></vn-poll>`);
      expect(textOf(part(element, 'results-notice'))).to.equal('Kết quả cuộc thăm dò này không được công bố.');
      expect(markup(part(element, 'results'))).to.equal(undefined);
      await expectAccessible(element);
    });

    it('shows an upcoming poll with its dates and options, and no form', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-upcoming"></vn-poll>`);
      const { opensAt, closesAt } = await serverPoll('fixture-poll-upcoming');
      expect(textOf(part(element, 'schedule'))).to.equal(`Thời gian bình chọn: từ ngày ${viDate(opensAt)} đến ngày ${viDate(closesAt)}.`);
      expect([...(part(element, 'options')?.children ?? [])].map(textOf)).to.deep.equal(['Đạt yêu cầu', 'Chưa đạt yêu cầu', 'Cần thêm chủ đề']);
      expect(markup(element.shadowRoot?.querySelector('form, input, [part~="results"], [part~="results-notice"]'))).to.equal(undefined);
      await expectAccessible(element);
      await setPageLang('en', element);
      expect(textOf(part(element, 'schedule'))).to.equal(`Voting is open from ${formatDate(opensAt ?? '', 'en')} to ${formatDate(closesAt ?? '', 'en')}.`);
      await expectAccessible(element);
    });

    it('follows the after-close policy: the vote is taken, the results wait for the closing date', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-after-close"></vn-poll>`);
      const { closesAt } = await serverPoll('fixture-poll-after-close');
      const notice = `Kết quả sẽ được công bố khi cuộc thăm dò kết thúc vào ngày ${viDate(closesAt)}.`;
      expect(textOf(part(element, 'results-notice'))).to.equal(notice);
      expect(markup(part(element, 'results-button'))).to.equal(undefined);
      await choose(element, 1);
      const detail = await voted(element, clickVote(element));
      expect(detail.results).to.deep.include({ visible: false, voted: true, total: 0 });
      expect(textOf(part(element, 'voted'))).to.equal('Cảm ơn bạn đã tham gia bình chọn: phiếu của bạn đã được ghi nhận.');
      expect(textOf(part(element, 'results-notice'))).to.equal(notice);
      expect(focused(element)).to.equal('results-notice');
      expect(markup(part(element, 'results'))).to.equal(undefined);
      await expectAccessible(element);
    });

    it('follows the never policy: the vote is taken, the results are never shown', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-never"></vn-poll>`);
      expect(textOf(part(element, 'results-notice'))).to.equal('Kết quả cuộc thăm dò này không được công bố.');
      await choose(element, 0);
      expect((await voted(element, clickVote(element))).results.visible).to.equal(false);
      expect(textOf(part(element, 'results-notice'))).to.equal('Kết quả cuộc thăm dò này không được công bố.');
      expect(markup(part(element, 'results'))).to.equal(undefined);
      await expectAccessible(element);
    });

    it('refreshes live results while the tab is visible, and asks nothing while it is hidden', async () => {
      cleanups.push(setTabVisibility('visible'));
      VnPoll.minimumInterval = 0.1;
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-live" live interval="0.1"></vn-poll>`);
      // Another visitor votes after this one's page loaded.
      await castVote('fixture-poll-live', randomToken(), ['lua-chon-2']);
      const watch = watchRequests();
      cleanups.push(watch.restore);
      // Nothing on screen could change while the results are closed: nothing is asked.
      await sleep(300);
      expect(watch.requests).to.deep.equal([]);
      (part(element, 'results-button') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 10');
      await waitUntil(() => textOf(part(element, 'total')) === 'Tổng số phiếu: 11', 'the results were not refreshed');
      expect(resultRows(element).map(([, figures]) => figures)).to.deep.equal(['10 phiếu (91%)', '1 phiếu (9%)', '0 phiếu (0%)']);
      expect(watch.requests.every((request) => request.method === 'GET' && request.path.startsWith('/polls/fixture-poll-live'))).to.equal(true);

      setTabVisibility('hidden');
      // A refresh already under way when the tab hid may still arrive: count once nothing has for 200 ms.
      let sent = -1;
      while (sent !== watch.requests.length) {
        sent = watch.requests.length;
        await sleep(200);
      }
      await sleep(400);
      expect(watch.requests.length).to.equal(sent);
      setTabVisibility('visible');
      await waitUntil(() => watch.requests.length > sent, 'nothing was asked when the tab came back');
      element.remove();
    });
  });

  describe('which poll', () => {
    it('shows the agency’s current poll without poll-id or with latest, and says when it has none', async () => {
      const current = await pollElement(html`<vn-poll agency="stp"></vn-poll>`);
      expect(textOf(part(current, 'question'))).to.equal('Bạn có hài lòng với dịch vụ công trực tuyến của Sở Tư pháp?');
      const latest = await pollElement(html`<vn-poll agency="stp" latest poll-id="fixture-poll-closed"></vn-poll>`);
      expect(textOf(part(latest, 'question'))).to.equal('Bạn có hài lòng với dịch vụ công trực tuyến của Sở Tư pháp?');
      latest.latest = false;
      await waitUntil(() => textOf(part(latest, 'schedule')).includes('đã kết thúc'), 'poll-id was not followed');

      const none = await pollElement(html`<vn-poll agency="skhdt"></vn-poll>`);
      expect(textOf(part(none, 'empty'))).to.equal('Hiện chưa có cuộc thăm dò ý kiến nào.');
      await expectAccessible(none);
      const missing = await pollElement(html`<vn-poll poll-id="khong-co"></vn-poll>`);
      expect(textOf(part(missing, 'empty'))).to.equal('Không tìm thấy cuộc thăm dò ý kiến này.');
      await setPageLang('en', none, missing);
      expect(textOf(part(none, 'empty'))).to.equal('There is no poll at the moment.');
      expect(textOf(part(missing, 'empty'))).to.equal('This poll could not be found.');
      await expectAccessible(missing);
    });
  });

  describe('language and states', () => {
    it('re-renders in English when <html lang> changes, marking Vietnamese-only text', async () => {
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-portal"></vn-poll>`);
      const vietnameseOnly = await pollElement(html`<vn-poll poll-id="fixture-poll-stp-current"></vn-poll>`);
      (part(element, 'results-button') as HTMLButtonElement).click();
      await setPageLang('en', element, vietnameseOnly);
      expect(textOf(part(element, 'question'))).to.equal('What do you think of the IT Department’s website?');
      expect(parts(element, 'option').map(textOf)).to.deep.equal(['Satisfactory', 'Unsatisfactory', 'Needs more topics']);
      expect(textOf(part(element, 'hint'))).to.equal('Choose one option.');
      expect([textOf(part(element, 'vote-button')), textOf(part(element, 'results-button'))]).to.deep.equal(['Vote', 'See the results']);
      expect(resultRows(element)).to.deep.equal([
        ['Satisfactory', '1,180 votes (88%)'],
        ['Unsatisfactory', '107 votes (8%)'],
        ['Needs more topics', '57 votes (4%)'],
      ]);
      expect(textOf(part(element, 'total'))).to.equal('Total votes: 1,344');
      expect(textOf(vietnameseOnly.shadowRoot?.querySelector('legend span[lang="vi"]'))).to.equal('Bạn có hài lòng với dịch vụ công trực tuyến của Sở Tư pháp?');
      await expectAccessible(element);
      await expectAccessible(vietnameseOnly);
      await setPageLang('vi', element);
      expect(textOf(part(element, 'total'))).to.equal('Tổng số phiếu: 1.344');
    });

    it('shows a skeleton while loading, and an error with Retry when the API cannot be reached', async () => {
      const loading = await fixture<VnPoll>(html`<vn-poll poll-id="fixture-poll-portal"></vn-poll>`);
      expect(part(loading, 'base')?.getAttribute('aria-busy')).to.equal('true');
      expect(part(loading, 'skeleton')?.getAttribute('aria-hidden')).to.equal('true');
      await expectAccessible(loading);
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-portal" api-base=${unreachableApi}></vn-poll>`);
      await expectRetryOffered(element);
    });

    it('loads again from the keyboard after a network failure', async () => {
      const restore = simulateNetworkFailure();
      const element = await pollElement(html`<vn-poll poll-id="fixture-poll-portal"></vn-poll>`);
      restore();
      (part(element, 'retry-button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => inputs(element).length === 3, 'the retry did not load the poll');
    });
  });
});
