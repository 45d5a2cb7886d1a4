import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, parts, setPageLang, textOf } from '../../test/browser-helpers.js';
import { trackedQuestions } from '../../test/qa-fixtures.js';
import { control, expectAccessibleInBothLanguages, focusedIn, qaForm } from '../../test/qa-form-helpers.js';
import type { VnQaForm } from './qa-form.js';

const answersView = (pageSize = 10) => qaForm(html`<vn-qa-form views="answers" page-size=${pageSize} legal-docs-url="/van-ban?doc={id}"></vn-qa-form>`);
const listed = async (element: VnQaForm) => {
  await waitUntil(() => part(element, 'result-count') ?? part(element, 'empty'), 'the answers did not load', { timeout: 5000 });
  return parts(element, 'answer').map((answer) => textOf(answer.querySelector('h3')));
};
const liveText = (element: VnQaForm) => textOf(element.shadowRoot?.querySelector('[data-live]'));

async function search(element: VnQaForm, words: string): Promise<void> {
  const box = control(element, 'search');
  box?.focus();
  if (box) box.select();
  await sendKeys({ type: words });
  await sendKeys({ press: 'Enter' });
}

describe('<vn-qa-form> published answers', () => {
  afterEach(async () => {
    await setPageLang('vi');
  });

  it('lists published questions, newest first, with their answers, agency, date and cited documents', async () => {
    const element = await answersView();
    expect(await listed(element)).to.deep.equal([
      'Bảo vệ dữ liệu cá nhân của người gửi câu hỏi',
      'Thủ tục đăng ký dự án đầu tư trực tuyến',
      'Thời hạn công khai văn bản trên Cổng thông tin điện tử',
    ]);
    expect(textOf(part(element, 'result-count'))).to.equal('Số câu trả lời tìm thấy: 3');
    const [newest] = parts(element, 'answer');
    const details = newest?.querySelector('details');
    details?.querySelector('summary')?.focus();
    await sendKeys({ press: 'Enter' });
    expect(details?.open).to.equal(true);
    await waitUntil(() => textOf(details?.querySelector('[part~="answer-content"]')).includes('không được công khai'), 'the answer did not render');
    expect(textOf(details)).to.contain('Thông tin cá nhân của người gửi câu hỏi trên Cổng').and.contain('Cơ quan trả lời: Sở Tư pháp');
    expect(details?.querySelector('a')?.getAttribute('href')).to.equal('/van-ban?doc=13-2023-nd-cp');
    // Sanitized on the way in, and never any personal data of the askers.
    expect(details?.querySelector('[onerror], script')).to.equal(null);
    const page = textOf(part(element, 'base'));
    for (const personal of ['Trần Văn Kiểm', trackedQuestions.published.asker.email, '0912 345 605', 'Nguyễn Thị Hoa', 'hoa.nguyen@example.com', 'Lê Văn Nam']) {
      expect(page).to.not.contain(personal);
    }
    await expectAccessibleInBothLanguages(element);
  });

  it('shows the English version where there is one, and marks Vietnamese-only text', async () => {
    const element = await answersView();
    await listed(element);
    await setPageLang('en', element);
    const titles = parts(element, 'answer').map((answer) => answer.querySelector('h3'));
    expect(textOf(titles[0])).to.equal('Protection of the personal data of people who ask');
    expect(titles[1]?.querySelector('span')?.getAttribute('lang')).to.equal('vi');
    expect(textOf(part(element, 'result-count'))).to.equal('Answers found: 3');
    expect(textOf(part(element, 'base'))).to.contain('Answers are for reference only.');
  });

  it('searches without diacritics from the keyboard, and announces the count', async () => {
    const element = await answersView();
    await listed(element);
    await search(element, 'du lieu ca nhan');
    await waitUntil(() => parts(element, 'answer').length === 1, 'the search did not narrow the list');
    expect(await listed(element)).to.deep.equal(['Bảo vệ dữ liệu cá nhân của người gửi câu hỏi']);
    await waitUntil(() => liveText(element) === 'Số câu trả lời tìm thấy: 1', 'the count was not announced');
    expect(focusedIn(element)).to.equal('qa-search');
    await search(element, 'đầu tư');
    await waitUntil(() => textOf(part(element, 'answer')).includes('Thủ tục đăng ký dự án đầu tư'), 'the second search did not run');
  });

  it('says so when nothing matches', async () => {
    const element = await answersView();
    await listed(element);
    await search(element, 'khong co tu nay');
    await waitUntil(() => part(element, 'empty'), 'no empty state');
    expect(textOf(part(element, 'empty'))).to.equal('Không có câu trả lời nào phù hợp với nội dung tìm kiếm.');
    await waitUntil(() => liveText(element) === 'Không có câu trả lời nào phù hợp với nội dung tìm kiếm.', 'the empty result was not announced');
    await expectAccessibleInBothLanguages(element);
  });

  it('pages through the answers from the keyboard, the focus on the count', async () => {
    const element = await answersView(2);
    expect(await listed(element)).to.have.length(2);
    expect(textOf(part(element, 'pagination'))).to.contain('Trang 1/2');
    await expectAccessibleInBothLanguages(element);
    part(element, 'page-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(part(element, 'pagination')).includes('Trang 2/2'), 'the next page did not load');
    expect(await listed(element)).to.deep.equal(['Thời hạn công khai văn bản trên Cổng thông tin điện tử']);
    expect(focusedIn(element)).to.equal('qa-result-count');
    expect(parts(element, 'page-button').map(textOf)).to.deep.equal(['Trang trước']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(part(element, 'pagination')).includes('Trang 1/2'), 'the previous page did not load');
  });
});
