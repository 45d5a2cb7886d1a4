import { expect, waitUntil } from '@open-wc/testing';

describe('the loader', () => {
  it('loads only the elements on the page, and those added later', async () => {
    const before = document.createElement('vn-source-credit');
    before.setAttribute('wording', 'Theo www.caobang.gov.vn');
    document.body.append(before);
    await import('./loader.js');
    expect(window.VnPortal).to.have.property('configure');
    // Unbundled in the test server: a few hundred modules to fetch.
    await waitUntil(() => customElements.get('vn-source-credit'), '<vn-source-credit> was not loaded', { timeout: 5000 });
    expect(customElements.get('vn-visit-counter')).to.equal(undefined);
    expect(customElements.get('vn-leader-list')).to.equal(undefined);

    const later = document.createElement('div');
    later.innerHTML = '<p><vn-visit-counter no-track></vn-visit-counter></p>';
    document.body.append(later);
    await waitUntil(() => customElements.get('vn-visit-counter'), '<vn-visit-counter> added later was not loaded', { timeout: 5000 });
    expect(customElements.get('vn-leader-list')).to.equal(undefined);
    before.remove();
    later.remove();
  });
});
