import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { part, setPageLang, textOf } from '../../test/browser-helpers.js';
import '../vn-portal.js';
import type { VnSourceCredit } from '../source-credit/source-credit.js';

describe('localization beside a host app that uses @lit/localize', () => {
  it('leaves configureLocalization to the host app, and both translate', async () => {
    // The host app owns the page-wide @lit/localize setup; the kit must neither break it nor need it.
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: () => Promise.resolve({ templates: { greeting: 'Bonjour' } }),
    });
    await setLocale('fr');
    const element = await fixture<VnSourceCredit>(html`<vn-source-credit wording="Theo www.caobang.gov.vn"></vn-source-credit>`);
    expect(textOf(part(element, 'copy-button'))).to.equal('Sao chép trích dẫn');
    // A second whole copy of the kit arrives after the host app configured @lit/localize.
    for (const copy of [1]) await import(`/__vn-portal-kit-copy.js?copy=${copy}`);
    await setPageLang('en', element);
    expect(textOf(part(element, 'copy-button'))).to.equal('Copy citation');
    expect(hostMsg('Hello', { id: 'greeting' })).to.equal('Bonjour');
    await setPageLang('vi', element);
    expect(textOf(part(element, 'copy-button'))).to.equal('Sao chép trích dẫn');
  });

  it('translates each element in its own language on a mixed page', async () => {
    const root = fixtureSync<HTMLElement>(html`<section lang="en">
      <vn-source-credit wording="Theo www.caobang.gov.vn"></vn-source-credit>
      <vn-source-credit lang="vi" wording="Theo www.caobang.gov.vn"></vn-source-credit>
    </section>`);
    const [english, vietnamese] = [...root.querySelectorAll('vn-source-credit')];
    await Promise.all([english?.updateComplete, vietnamese?.updateComplete]);
    expect(textOf(english && part(english, 'copy-button'))).to.equal('Copy citation');
    expect(textOf(vietnamese && part(vietnamese, 'copy-button'))).to.equal('Sao chép trích dẫn');
  });

  it('uses VnPortal.configure({ locale }) when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    window.VnPortal?.configure({ locale: 'en' });
    try {
      const element = await fixture<VnSourceCredit>(html`<vn-source-credit wording="Theo www.caobang.gov.vn"></vn-source-credit>`);
      expect(textOf(part(element, 'copy-button'))).to.equal('Copy citation');
      window.VnPortal?.configure({ locale: undefined });
      await element.updateComplete;
      expect(textOf(part(element, 'copy-button'))).to.equal('Sao chép trích dẫn');
    } finally {
      window.VnPortal?.configure({ locale: undefined });
    }
  });
});
