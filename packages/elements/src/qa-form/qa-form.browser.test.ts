import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QaFormConfig } from '@vn-portal/schema';
import { expectAccessible, part, parts, setPageLang, settled, simulateNetworkFailure, textOf, unreachableApi } from '../../test/browser-helpers.js';
import { control, eachTestAfresh, expectAccessibleInBothLanguages, fillQuestion, focusedIn, individual, pressSubmit, qaForm, typeInto } from '../../test/qa-form-helpers.js';
import type { VnQaForm } from './qa-form.js';

const tabs = (element: VnQaForm) => parts(element, 'tab');
const selectedTab = (element: VnQaForm) => textOf(tabs(element).find((tab) => tab.getAttribute('aria-selected') === 'true'));
// The test page loads more modules than the default 250 resource entries.
performance.setResourceTimingBufferSize(10_000);
const checksLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/qa-form/question-checks'));

/** Serves the form configuration the server gives, changed by `change`: another province's choices. */
function provinceConfig(change: (config: QaFormConfig) => QaFormConfig): () => void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!new URL(request.url).pathname.endsWith('/qa/form-config')) return realFetch(request);
    // Asked afresh: an earlier test's copy would only be revalidated (304, no body).
    request.headers.delete('If-None-Match');
    const response = await realFetch(request);
    return Response.json(change((await response.json()) as QaFormConfig));
  };
  return () => {
    window.fetch = realFetch;
  };
}

describe('<vn-qa-form>', () => {
  eachTestAfresh();

  // First in this file: the page has not loaded the checks before.
  it('loads the request schemas and encoding tables only when the visitor enters a form', async () => {
    const element = await qaForm(html`<vn-qa-form views="answers ask"></vn-qa-form>`);
    await waitUntil(() => part(element, 'result-count'), 'the answers did not load', { timeout: 5000 });
    expect(checksLoaded()).to.equal(false);
    tabs(element)[1]?.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(checksLoaded()).to.equal(false);
    await typeInto(element, 'fullName', 'L');
    await waitUntil(checksLoaded, 'the checks were not loaded');
  });

  it('shows the views as tabs, operated with the arrow keys, Home and End', async () => {
    const element = await qaForm(html`<vn-qa-form></vn-qa-form>`);
    const list = part(element, 'tabs');
    expect(list?.getAttribute('role')).to.equal('tablist');
    expect(tabs(element).map(textOf)).to.deep.equal(['Đặt câu hỏi', 'Tra cứu câu hỏi', 'Câu hỏi đã trả lời']);
    expect(tabs(element).map((tab) => tab.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    const panel = () => parts(element, 'panel').find((candidate) => !candidate.hidden);
    expect(panel()?.getAttribute('aria-labelledby')).to.equal(tabs(element)[0]?.id);
    expect(tabs(element)[0]?.getAttribute('aria-controls')).to.equal(panel()?.id);
    tabs(element)[0]?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => part(element, 'track-form'), 'the tracking view did not open');
    expect(selectedTab(element)).to.equal('Tra cứu câu hỏi');
    expect(focusedIn(element)).to.equal('qa-tab-track');
    expect(tabs(element).map((tab) => tab.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    await sendKeys({ press: 'End' });
    await waitUntil(() => part(element, 'search-form'), 'the answers did not open');
    expect(selectedTab(element)).to.equal('Câu hỏi đã trả lời');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(selectedTab(element)).to.equal('Đặt câu hỏi');
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(selectedTab(element)).to.equal('Câu hỏi đã trả lời');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(selectedTab(element)).to.equal('Đặt câu hỏi');
    // Tab leaves the tab list for the panel.
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(element)).to.equal('qa-panel-ask');
    await expectAccessibleInBothLanguages(element);
    await setPageLang('en', element);
    expect(tabs(element).map(textOf)).to.deep.equal(['Ask a question', 'Track a question', 'Published answers']);
  });

  it('shows one view without tabs, and the views in the order given', async () => {
    const single = await qaForm(html`<vn-qa-form views="track"></vn-qa-form>`);
    expect(part(single, 'tabs')).to.equal(null);
    expect(part(single, 'track-form')).to.not.equal(null);
    expect(part(single, 'ask-form')).to.equal(null);
    const ordered = await qaForm(html`<vn-qa-form views="answers track"></vn-qa-form>`);
    expect(tabs(ordered).map(textOf)).to.deep.equal(['Câu hỏi đã trả lời', 'Tra cứu câu hỏi']);
  });

  it('shows the loading state with aria-busy and a skeleton, accessibly in both languages', async () => {
    // The configuration is held back until the loading state has been checked.
    let release: (value?: unknown) => void = () => undefined;
    const held = new Promise((resolve) => (release = resolve));
    const realFetch = window.fetch.bind(window);
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      await held;
      return realFetch(input, init);
    };
    try {
      const [vietnamese, english] = [await fixture<VnQaForm>(html`<vn-qa-form></vn-qa-form>`), await fixture<VnQaForm>(html`<vn-qa-form lang="en"></vn-qa-form>`)];
      for (const element of [vietnamese, english]) {
        expect(part(element, 'base')?.getAttribute('aria-busy')).to.equal('true');
        expect(part(element, 'skeleton')?.getAttribute('aria-hidden')).to.equal('true');
        await expectAccessible(element);
      }
      expect(textOf(part(english, 'base'))).to.equal('Loading…');
      release();
      await Promise.all([settled(vietnamese), settled(english)]);
      expect(part(english, 'ask-form')).to.not.equal(null);
    } finally {
      window.fetch = realFetch;
      release();
    }
  });

  it('reports an unreachable API with vn-error and a Retry button that works from the keyboard', async () => {
    const restore = simulateNetworkFailure();
    const element = await fixture<VnQaForm>(html`<vn-qa-form></vn-qa-form>`);
    try {
      const { detail } = await oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
      expect(detail.error.kind).to.equal('network');
      await settled(element);
      expect(part(element, 'error')?.getAttribute('role')).to.equal('alert');
      await expectAccessibleInBothLanguages(element);
    } finally {
      restore();
    }
    part(element, 'retry-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'ask-form'), 'the retry did not load the form');
  });

  it('says so when no API is configured', async () => {
    const meta = document.querySelector('meta[name="vn-portal:api"]');
    meta?.remove();
    try {
      const element = await qaForm(html`<vn-qa-form></vn-qa-form>`);
      expect(textOf(part(element, 'error'))).to.equal('Tiện ích này chưa được cấu hình địa chỉ cổng thông tin.');
      // Gone before the address comes back, or it would start loading and be removed mid-request.
      element.remove();
    } finally {
      if (meta) document.head.append(meta);
    }
    const unreachable = await qaForm(html`<vn-qa-form api-base=${unreachableApi}></vn-qa-form>`);
    expect(part(unreachable, 'retry-button')).to.not.equal(null);
  });

  it('follows another province’s configuration: optional and hidden fields, one kind of asker, no agency list', async () => {
    const restore = provinceConfig((config) => ({
      ...config,
      askerKinds: ['individual'],
      agencies: [],
      fields: { ...config.fields, individual: { ...config.fields.individual, nationality: 'hidden', occupation: 'hidden', idNumber: 'optional', address: 'optional' } },
    }));
    try {
      const element = await qaForm(html`<vn-qa-form views="ask"></vn-qa-form>`);
      expect(part(element, 'kind')).to.equal(null);
      expect(control(element, 'nationality')).to.equal(null);
      expect(control(element, 'agency')).to.equal(null);
      const label = (name: string) => textOf(element.shadowRoot?.querySelector(`label[for="qa-${name}"]`));
      expect(label('idNumber')).to.equal('Số CCCD/CMND hoặc hộ chiếu (không bắt buộc)');
      expect(control(element, 'idNumber')?.required).to.equal(false);
      expect(control(element, 'email')?.required).to.equal(true);
      const { nationality: _nationality, occupation: _occupation, idNumber: _idNumber, address: _address, ...required } = individual;
      await fillQuestion(element, required);
      await pressSubmit(element);
      // The reference server keeps Cao Bằng's rules: what it refuses is shown at the fields, as the form's own errors.
      await waitUntil(() => part(element, 'error-summary'), 'the server’s refusal was not shown');
      expect([...(part(element, 'error-summary')?.querySelectorAll('a') ?? [])].map(textOf)).to.deep.equal([
        'Số CCCD/CMND hoặc hộ chiếu: Vui lòng nhập thông tin này.',
        'Địa chỉ nơi đang sinh sống, học tập, làm việc: Vui lòng nhập thông tin này.',
      ]);
      expect(focusedIn(element)).to.equal('error-summary');
      expect(control(element, 'idNumber')?.getAttribute('aria-invalid')).to.equal('true');
      await expectAccessibleInBothLanguages(element);
    } finally {
      restore();
    }
  });
});
