import { assert, waitUntil } from '@open-wc/testing';
import { expectAccessible, part, textOf, unreachableApi } from '../browser-helpers.js';
import type { PortalElement } from '../../src/shared/portal-element.js';
import type { MountPortalApp, PortalAppAction } from './portal-app.js';

/** Every element of the kit, as the apps embed them. */
const kitTags = ['vn-leader-list', 'vn-visit-counter', 'vn-source-credit', 'vn-legal-docs', 'vn-qa-form', 'vn-poll'] as const;
/** The elements that load data for an agency: the apps give them the agency they show. */
const agencyScoped = new Set<string>(['vn-leader-list', 'vn-visit-counter', 'vn-legal-docs', 'vn-qa-form', 'vn-poll']);

/** The mount function of an app served bundled by the test server's `/__interop/` (see web-test-runner.config.js). */
export async function bundledApp(name: 'react-app' | 'vue-app'): Promise<MountPortalApp> {
  const url = `/__interop/${name}.js`;
  return ((await import(url)) as { mount: MountPortalApp }).mount;
}

/** Loaded, and showing what it loaded rather than an error. */
const hasData = (element: PortalElement) => part(element, 'base')?.getAttribute('aria-busy') === 'false' && part(element, 'error') === null;

/**
 * The same checks on the same little app built with each framework (see `portal-app.ts`): the
 * framework renders the kit's elements, passes them its state as properties, hears their `vn-*`
 * events through its own event binding, and switches their language.
 *
 * @param loadApp imports the app's module (bundled with its framework and the kit) and returns its mount function
 */
export function describeInterop(framework: string, loadApp: () => Promise<MountPortalApp>): void {
  describe(`the kit in ${framework}`, function () {
    // The app and the kit are bundled on first request.
    this.timeout(30_000);
    let container: HTMLElement;
    let unmount: () => void;
    const problems: string[] = [];
    const realError = console.error;
    const realWarn = console.warn;
    const elements = () => kitTags.flatMap((tag) => [...container.querySelectorAll<PortalElement>(tag)]);
    const element = (tag: string) => container.querySelector<PortalElement>(tag) as PortalElement;
    const click = (action: PortalAppAction) => {
      container.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.click();
    };
    const allLoaded = (what: string) => waitUntil(() => elements().every(hasData), what, { timeout: 10_000 });

    before(async () => {
      // Framework warnings (React's, Vue's) and the kit's errors both count.
      console.error = (...args: unknown[]) => problems.push(`error: ${args.map(String).join(' ')}`);
      console.warn = (...args: unknown[]) => problems.push(`warn: ${args.map(String).join(' ')}`);
      const mount = await loadApp();
      container = document.createElement('div');
      document.body.append(container);
      unmount = mount(container, { offlineApi: unreachableApi });
      await waitUntil(() => kitTags.every((tag) => container.querySelector(tag) !== null), `${framework} did not render the elements`);
      await allLoaded('the elements did not load');
    });

    after(() => {
      unmount();
      container.remove();
      console.error = realError;
      console.warn = realWarn;
    });

    it('renders every element of the kit with its data, accessible', async () => {
      for (const tag of kitTags) {
        assert.lengthOf(container.querySelectorAll(tag), 1, tag);
        assert.instanceOf(element(tag), customElements.get(tag) as CustomElementConstructor, `<${tag}> is not upgraded`);
      }
      assert.equal(textOf(part(element('vn-leader-list'), 'name')), 'Hoàng Minh Tuấn');
      await expectAccessible(container);
    });

    it('passes the app state to the elements as properties', async () => {
      const leaders = element('vn-leader-list');
      click('show-table');
      await waitUntil(() => part(leaders, 'table') !== null, 'the layout property did not reach the leader list');
      assert.equal(leaders.getAttribute('layout'), 'table');
      click('switch-agency');
      await waitUntil(() => textOf(part(leaders, 'table')).includes('Đỗ Thanh Sơn'), 'the agency property did not reach the leader list');
      for (const tag of kitTags) if (agencyScoped.has(tag)) assert.equal(element(tag).agency, 'stttt', tag);
      assert.isTrue((element('vn-visit-counter') as PortalElement & { noTrack: boolean }).noTrack);
      await allLoaded('the elements did not load the other agency');
      click('switch-agency');
      click('show-table');
      await waitUntil(() => part(leaders, 'list') !== null && textOf(part(leaders, 'list')).includes('Hoàng Minh Tuấn'), 'the app did not switch back');
    });

    it('hears vn-error through its own event binding, and the elements recover', async () => {
      click('go-offline');
      const heard = () => [...container.querySelectorAll('[data-errors] li')].map((entry) => entry.textContent);
      await waitUntil(() => kitTags.every((tag) => heard().includes(`${tag}: network`)), `the app heard only ${JSON.stringify(heard())}`, { timeout: 15_000 });
      for (const portalElement of elements()) assert.isNotNull(part(portalElement, 'error'), portalElement.localName);
      click('go-online');
      await allLoaded('the elements did not load again');
    });

    it('switches every element to English and back with the app’s language', async () => {
      const vietnamese = elements().map((portalElement) => textOf(part(portalElement, 'base')));
      click('switch-language');
      await waitUntil(() => elements().every((portalElement) => portalElement.locale === 'en'), 'not every element turned English');
      await Promise.all(elements().map((portalElement) => portalElement.updateComplete));
      const english = elements().map((portalElement) => textOf(part(portalElement, 'base')));
      for (const [index, text] of english.entries()) assert.notEqual(text, vietnamese[index], kitTags[index]);
      assert.include(textOf(part(element('vn-visit-counter'), 'stats')), 'Total visits');
      await expectAccessible(container);
      click('switch-language');
      await waitUntil(() => elements().every((portalElement) => portalElement.locale === 'vi'), 'not every element turned back to Vietnamese');
    });

    it('logs no error and no framework warning', () => {
      assert.deepEqual(problems, []);
    });
  });
}
