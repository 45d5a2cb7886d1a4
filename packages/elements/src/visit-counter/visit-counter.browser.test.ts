import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { VisitStats } from '@vn-portal/schema';
import {
  apiBase,
  expectAccessible,
  part,
  parts,
  pretendHumanVisitor,
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
import './vn-visit-counter.js';
import { VnVisitCounter } from './visit-counter.js';

const counter = (template: ReturnType<typeof html>) => settledFixture<VnVisitCounter>(template);

const serverStats = async (): Promise<VisitStats> => (await fetch(`${apiBase()}/api/v1/visits/stats`)).json() as Promise<VisitStats>;
const figures = (element: VnVisitCounter) => parts(element, 'label').map((label) => [textOf(label), textOf(label.nextElementSibling)]);
const forgetRecordedVisits = () => {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('vn-portal:visit:')) sessionStorage.removeItem(key);
};

describe('<vn-visit-counter>', () => {
  let cleanups: (() => void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups = [];
    VnVisitCounter.refreshInterval = 60_000;
    await setPageLang('vi');
  });

  it('shows what another counter of the same agency refreshed, without asking again', async () => {
    cleanups.push(setTabVisibility('visible'));
    VnVisitCounter.refreshInterval = 100;
    const ticking = await counter(html`<vn-visit-counter no-track></vn-visit-counter>`);
    // The second counter would not refresh for hours: what it shows next comes from the first.
    VnVisitCounter.refreshInterval = 3_600_000;
    const still = await counter(html`<vn-visit-counter no-track></vn-visit-counter>`);
    // The server's figures move slowly; the next answers carry a total no earlier answer had.
    const realFetch = window.fetch.bind(window);
    const asked: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const answer = await realFetch(request);
      if (!request.url.includes('/visits/stats')) return answer;
      asked.push(request.url);
      const stats = (await answer.json()) as VisitStats;
      return Response.json({ ...stats, total: 123_456_789 }, { status: answer.status });
    };
    cleanups.push(() => (window.fetch = realFetch));
    await waitUntil(() => figures(ticking).some(([, value]) => value === '123.456.789'), 'the ticking counter did not refresh', { timeout: 5000 });
    await still.updateComplete;
    expect(figures(still)).to.deep.equal(figures(ticking));
    expect(asked.length > 0, 'the figures came from a refresh').to.equal(true);
  });

  it('shows online guests, members and total, and total visits, as the portals do', async () => {
    const element = await counter(html`<vn-visit-counter no-track show-today show-month></vn-visit-counter>`);
    const stats = await serverStats();
    const vi = (value: number) => value.toLocaleString('vi-VN');
    expect(figures(element)).to.deep.equal([
      ['Người trực tuyến', `Khách ${vi(stats.online.guests)}, Thành viên ${vi(stats.online.members)}, Tổng ${vi(stats.online.total)}`],
      ['Tổng lượt truy cập', vi(stats.total)],
      ['Hôm nay', vi(stats.today)],
      ['Tháng này', vi(stats.month)],
    ]);
    expect(textOf(part(element, 'value')?.parentElement?.nextElementSibling ?? null)).to.match(/^Tổng lượt truy cập\d{1,3}(\.\d{3})+$/);
    await expectAccessible(element);
  });

  it('formats numbers for English readers when the page switches to English', async () => {
    const element = await counter(html`<vn-visit-counter no-track></vn-visit-counter>`);
    await setPageLang('en', element);
    const [online, total] = figures(element);
    expect(online?.[0]).to.equal('Online');
    expect(online?.[1]).to.match(/^Guests [\d,]+, Members [\d,]+, Total [\d,]+$/);
    expect(total?.[0]).to.equal('Total visits');
    expect(total?.[1]).to.match(/^\d{1,3}(,\d{3})+$/);
    await expectAccessible(element);
  });

  it('has compact and badge layouts', async () => {
    const compact = await counter(html`<vn-visit-counter no-track layout="compact"></vn-visit-counter>`);
    expect(figures(compact).map(([label]) => label)).to.deep.equal(['Người trực tuyến', 'Tổng lượt truy cập']);
    await expectAccessible(compact);
    const badge = await counter(html`<vn-visit-counter no-track layout="badge"></vn-visit-counter>`);
    const label = part(badge, 'label');
    expect(label?.classList.contains('visually-hidden')).to.equal(true);
    expect(textOf(label)).to.equal('Tổng lượt truy cập');
    await expectAccessible(badge);
  });

  it('records one page view per tab session, which the server accepts', async () => {
    cleanups.push(pretendHumanVisitor());
    forgetRecordedVisits();
    const watch = watchRequests();
    cleanups.push(watch.restore);
    await counter(html`<vn-visit-counter member></vn-visit-counter>`);
    await waitUntil(() => watch.requests.some((request) => request.path === '/visits/hits'), 'no page view was recorded');
    const hit = watch.requests.find((request) => request.path === '/visits/hits');
    expect(hit?.body).to.deep.include({ path: location.pathname, member: true });
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('vn-portal:visit:'))).to.equal(true);
    // A second counter on the page, or the page reloaded in this tab, records nothing more.
    await counter(html`<vn-visit-counter></vn-visit-counter>`);
    await sleep(200);
    expect(watch.requests.filter((request) => request.path === '/visits/hits')).to.have.length(1);
    // Accepted and classified: the headless test browser announces itself, so the server files it as a bot.
    const receipt = await hit?.response;
    expect(receipt?.status).to.equal(202);
    expect(receipt?.body).to.have.keys(['counted', 'bot']);
  });

  it('records nothing for automated browsers or with no-track', async () => {
    forgetRecordedVisits();
    const watch = watchRequests();
    cleanups.push(watch.restore);
    await counter(html`<vn-visit-counter></vn-visit-counter>`);
    cleanups.push(pretendHumanVisitor());
    await counter(html`<vn-visit-counter no-track></vn-visit-counter>`);
    await sleep(200);
    expect(watch.requests.filter((request) => request.method === 'POST')).to.deep.equal([]);
  });

  it('sends a heartbeat and refreshes while the tab is visible, and nothing while it is hidden', async () => {
    cleanups.push(pretendHumanVisitor(), setTabVisibility('visible'));
    VnVisitCounter.refreshInterval = 100;
    const watch = watchRequests();
    cleanups.push(watch.restore);
    const element = await counter(html`<vn-visit-counter></vn-visit-counter>`);
    await sleep(350);
    const beats = () => watch.requests.filter((request) => request.path === '/visits/heartbeats');
    expect(beats().length).to.be.at.least(3);
    expect((beats()[0]?.body as { session: string }).session).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(watch.requests.filter((request) => request.path === '/visits/stats').length).to.be.at.least(2);
    setTabVisibility('hidden');
    await sleep(50);
    const sent = watch.requests.length;
    await sleep(350);
    expect(watch.requests.length).to.equal(sent);
    setTabVisibility('visible');
    await waitUntil(() => watch.requests.length > sent, 'nothing was sent when the tab came back');
    element.remove();
  });

  it('sends one heartbeat per interval for two counters on one page', async () => {
    cleanups.push(pretendHumanVisitor(), setTabVisibility('visible'));
    const watch = watchRequests();
    cleanups.push(watch.restore);
    const beats = () => watch.requests.filter((request) => request.path === '/visits/heartbeats').length;
    // Not `fixture()`: for a plain wrapper it waits for an animation frame, which a test page
    // running in a background tab does not get.
    const page = document.createElement('div');
    page.innerHTML = '<vn-visit-counter layout="badge"></vn-visit-counter><vn-visit-counter></vn-visit-counter>';
    document.body.append(page);
    cleanups.push(() => page.remove());
    await Promise.all([...page.querySelectorAll('vn-visit-counter')].map((element) => settled(element)));
    await waitUntil(() => beats() > 0, 'no heartbeat was sent');
    expect(beats()).to.equal(1);
    // The first counter leaves the page: the other one beats from then on.
    page.querySelector('vn-visit-counter')?.remove();
    setTabVisibility('hidden');
    setTabVisibility('visible');
    await waitUntil(() => beats() === 2, 'the remaining counter did not take over');
  });

  it('keeps the figures it has when a refresh fails, says so, and fires vn-error', async () => {
    cleanups.push(setTabVisibility('visible'));
    VnVisitCounter.refreshInterval = 100;
    const element = await counter(html`<vn-visit-counter no-track></vn-visit-counter>`);
    const shown = figures(element);
    cleanups.push(simulateNetworkFailure());
    // Heard on `document`: it bubbles out of the element and across any shadow root around it.
    const event = await oneEvent<GlobalEventHandlersEventMap['vn-error']>(document, 'vn-error');
    expect(event.detail.error.kind).to.equal('network');
    expect([event.bubbles, event.composed, event.cancelable], 'bubbles, composed, not cancelable').to.deep.equal([true, true, false]);
    await settled(element);
    expect(figures(element)).to.deep.equal(shown);
    expect(textOf(part(element, 'error'))).to.contain('Không cập nhật được: đang hiển thị dữ liệu trước đó.');
    await expectAccessible(element);
  });

  it('shows an error with Retry when the API cannot be reached', async () => {
    const element = await counter(html`<vn-visit-counter no-track api-base=${unreachableApi}></vn-visit-counter>`);
    expect(part(element, 'error')?.getAttribute('role')).to.equal('alert');
    expect(part(element, 'retry-button')).to.not.equal(null);
    await expectAccessible(element);
  });
});
