import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { part, settled } from '../../test/browser-helpers.js';
import '../vn-portal.js';
import type { VnSourceCredit } from '../source-credit/source-credit.js';

const offlineCredit = html`<vn-source-credit wording="Theo www.caobang.gov.vn" portal-url="https://www.caobang.gov.vn"></vn-source-credit>`;
const colorOf = (element: VnSourceCredit) => getComputedStyle(part(element, 'line')?.querySelector('a') as Element).color;

describe('theming', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { active: false });
    document.documentElement.style.colorScheme = '';
  });

  it('takes --vn-* custom properties and ::part rules from the page, and inherits its font', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div style="--vn-color-accent: rgb(200, 0, 0); font-family: Georgia, serif">
      <style>
        vn-source-credit::part(copy-button) { text-transform: uppercase; }
      </style>
      ${offlineCredit}
    </div>`);
    const element = wrapper.querySelector('vn-source-credit') as VnSourceCredit;
    await settled(element);
    expect(colorOf(element)).to.equal('rgb(200, 0, 0)');
    const button = part(element, 'copy-button') as HTMLElement;
    expect(getComputedStyle(button).textTransform).to.equal('uppercase');
    expect(getComputedStyle(button).fontFamily).to.equal('Georgia, serif');
  });

  it('turns dark with a dark preference on a page that supports it, and stays light on one that does not', async () => {
    const element = await fixture<VnSourceCredit>(offlineCredit);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colorOf(element)).to.equal('rgb(11, 92, 173)');
    document.documentElement.style.colorScheme = 'light dark';
    expect(colorOf(element)).to.equal('rgb(140, 196, 255)');
  });

  it('stops the loading animation for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = fixtureSync<VnSourceCredit>(html`<vn-source-credit></vn-source-credit>`);
    await element.updateComplete;
    const placeholder = part(element, 'skeleton')?.firstElementChild as Element;
    expect(getComputedStyle(placeholder).animationName).to.equal('none');
  });

  it('uses system colours in forced-colours mode', async () => {
    const element = await fixture<VnSourceCredit>(offlineCredit);
    await executeServerCommand('emulate-forced-colors', { active: true });
    const button = part(element, 'copy-button') as HTMLElement;
    const link = part(element, 'line')?.querySelector('a') as Element;
    const probe = document.createElement('span');
    document.body.append(probe);
    const systemColor = (keyword: string) => {
      probe.style.color = keyword;
      return getComputedStyle(probe).color;
    };
    expect(getComputedStyle(button).borderTopColor).to.equal(systemColor('ButtonText'));
    expect(getComputedStyle(link).color).to.equal(systemColor('LinkText'));
    probe.remove();
  });
});
