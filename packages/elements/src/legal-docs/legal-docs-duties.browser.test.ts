import { expect, html } from '@open-wc/testing';
import { expectAccessible, part, parts, setPageLang, textOf } from '../../test/browser-helpers.js';
import { metadata, register, restorePage, search } from '../../test/legal-docs-helpers.js';
import './vn-legal-docs.js';

// The reference server's Department of Planning and Investment holds a withdrawn decision
// (611/2019/QĐ-UBND) and one whose Vietnamese summary changed after its English (612/2019/QĐ-UBND).
const planning = html`<vn-legal-docs agency="skhdt"></vn-legal-docs>`;

describe('<vn-legal-docs> and the register’s duties', () => {
  afterEach(restorePage);

  it('shows a withdrawn document, reached by its address, with the day and reason of its withdrawal in both languages', async () => {
    history.replaceState(null, '', `${location.pathname}?vb-doc=611-2019-qd-ubnd`);
    const element = await register(planning);
    expect(textOf(part(element, 'title'))).to.equal('Quyết định 611/2019/QĐ-UBND');
    expect(metadata(element)['Đã thu hồi']).to.equal('20/05/2025 – Ban hành không đúng thẩm quyền');
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(metadata(element)['Withdrawn']).to.equal('20 May 2025 – Issued without authority');
  });

  it('leaves a withdrawn document out of its list', async () => {
    const element = await register(planning);
    await search(element, 'quy dinh');
    const listed = parts(element, 'result').map((result) => textOf(result.querySelector('a')));
    expect(listed).to.include('Quyết định 612/2019/QĐ-UBND').and.not.include('Quyết định 611/2019/QĐ-UBND');
  });

  it('marks English older than the Vietnamese as possibly outdated, in English only', async () => {
    const element = await register(planning);
    await search(element, '612/2019');
    expect(parts(element, 'outdated-english')).to.have.length(0);
    await setPageLang('en', element);
    const notes = parts(element, 'outdated-english');
    expect(notes.map(textOf)).to.deep.equal(['The English may be out of date.']);
    expect(textOf(parts(element, 'result')[0] ?? null)).to.contain('Regulation on industrial clusters (illustrative)');
    await expectAccessible(element);
  });
});
