import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, parts, setPageLang, textOf } from '../../test/browser-helpers.js';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { noticeDueDate, trackedQuestions } from '../../test/qa-fixtures.js';
import { control, expectAccessibleInBothLanguages, focusedIn, qaForm, typeInto } from '../../test/qa-form-helpers.js';
import type { VnQaForm } from './qa-form.js';

const trackForm = () => qaForm(html`<vn-qa-form views="track" legal-docs-url="/van-ban?doc={id}"></vn-qa-form>`);

/** Types the code and the contact, and presses Enter in the contact field. */
async function track(element: VnQaForm, { trackingCode, contact }: { trackingCode: string; contact: string }): Promise<void> {
  await typeInto(element, 'trackingCode', trackingCode);
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: contact });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => part(element, 'status') ?? part(element, 'track-error') ?? part(element, 'error-summary'), 'the lookup did not finish', { timeout: 5000 });
  await element.updateComplete;
}

const timeline = (element: VnQaForm) => parts(element, 'timeline-entry').map((entry) => textOf(entry.querySelector('strong')));

describe('<vn-qa-form> tracking', () => {
  afterEach(async () => {
    await setPageLang('vi');
  });

  it('shows a received question with its due date, found by code and email, the focus on the status', async () => {
    const element = await trackForm();
    await track(element, trackedQuestions.received);
    expect(focusedIn(element)).to.equal('status');
    expect(textOf(part(element, 'state'))).to.equal('Đã tiếp nhận');
    expect(timeline(element)).to.deep.equal(['Đã tiếp nhận']);
    expect(textOf(part(element, 'status'))).to.contain('HD-2026-RECEIVED').and.contain('Hạn trả lời');
    await expectAccessibleInBothLanguages(element);
  });

  it('finds a classified question by phone written in another form, the code in lower case', async () => {
    const element = await trackForm();
    await track(element, { ...trackedQuestions.classified, trackingCode: trackedQuestions.classified.trackingCode.toLowerCase() });
    expect(textOf(part(element, 'state'))).to.equal('Ban biên tập đã phân loại');
    expect(timeline(element)).to.deep.equal(['Đã tiếp nhận', 'Ban biên tập đã phân loại']);
    expect(textOf(part(element, 'status'))).to.contain('Thủ tục hành chính');
  });

  it('says which agency a forwarded question went to, with the board’s note', async () => {
    const element = await trackForm();
    await track(element, trackedQuestions.forwarded);
    expect(textOf(part(element, 'state'))).to.equal('Đã chuyển cơ quan có thẩm quyền');
    const forwarded = parts(element, 'timeline-entry')[2];
    expect(textOf(forwarded)).to.contain('Cơ quan: Sở Tư pháp').and.contain('Chuyển Sở Tư pháp trả lời theo thẩm quyền.');
    await setPageLang('en', element);
    expect(textOf(parts(element, 'timeline-entry')[2])).to.contain('Agency: Department of Justice').and.contain('Sent to the Department of Justice');
  });

  it('shows the answer with its agency and cited documents, linked to the register, sanitized', async () => {
    const element = await trackForm();
    await track(element, trackedQuestions.answered);
    expect(textOf(part(element, 'state'))).to.equal('Đã trả lời');
    expect(textOf(part(element, 'status'))).to.not.contain('Hạn trả lời');
    await waitUntil(() => textOf(part(element, 'answer-content')).includes('không được công khai'), 'the answer did not render');
    expect(part(element, 'answer-content')?.querySelector('[onerror], script')).to.equal(null);
    expect((window as { answerScriptRan?: boolean }).answerScriptRan).to.equal(undefined);
    const cited = part(element, 'cited-documents');
    expect(textOf(cited)).to.equal('13/2023/NĐ-CP: Về bảo vệ dữ liệu cá nhân (Chính phủ, 17/04/2023)');
    expect(cited?.querySelector('a')?.getAttribute('href')).to.equal('/van-ban?doc=13-2023-nd-cp');
    expect(textOf(part(element, 'status'))).to.contain('Cơ quan trả lời: Sở Tư pháp').and.contain('Người trả lời: Lê Thị Hồng, Phó Giám đốc Sở Tư pháp');
    await expectAccessibleInBothLanguages(element);
  });

  it('shows a progress notice with the new deadline and its reason, the due date moved to it (Cao Bằng 01/2014 art. 9.4)', async () => {
    const element = await trackForm();
    await track(element, trackedQuestions.noticed);
    expect(timeline(element)).to.deep.equal(['Đã tiếp nhận', 'Ban biên tập đã phân loại', 'Đã chuyển cơ quan có thẩm quyền', 'Thông báo tiến độ']);
    const notice = parts(element, 'timeline-entry')[3];
    expect(textOf(notice)).to.contain(`Hạn trả lời mới: ${formatDate(noticeDueDate, 'vi')}`).and.contain('Cần lấy ý kiến của Bộ Tư pháp.');
    await setPageLang('en', element);
    expect(textOf(parts(element, 'timeline-entry')[3])).to.contain('Progress notice').and.contain(`New deadline: ${formatDate(noticeDueDate, 'en')}`);
    await expectAccessibleInBothLanguages(element);
  });

  it('shows a published question’s whole history', async () => {
    const element = await trackForm();
    await track(element, trackedQuestions.published);
    expect(textOf(part(element, 'state'))).to.equal('Đã trả lời và đăng công khai');
    expect(timeline(element)).to.deep.equal(['Đã tiếp nhận', 'Ban biên tập đã phân loại', 'Đã chuyển cơ quan có thẩm quyền', 'Đã trả lời', 'Đã trả lời và đăng công khai']);
  });

  it('gives the reason a question was not accepted, in the visitor’s language', async () => {
    const element = await trackForm();
    await track(element, trackedQuestions.rejected);
    expect(textOf(part(element, 'state'))).to.equal('Không tiếp nhận');
    expect(textOf(part(element, 'rejection-reason'))).to.contain('không thuộc phạm vi chuyên mục Hỏi - Đáp');
    await setPageLang('en', element);
    expect(textOf(part(element, 'state'))).to.equal('Not accepted');
    expect(textOf(part(element, 'rejection-reason'))).to.contain('the Q&A channel does not accept');
    await expectAccessibleInBothLanguages(element);
  });

  it('finds nothing with the wrong contact, and says so the same way as for an unknown code', async () => {
    const element = await trackForm();
    await track(element, { trackingCode: trackedQuestions.received.trackingCode, contact: 'nguoi.khac@example.com' });
    expect(part(element, 'track-error')?.getAttribute('role')).to.equal('alert');
    expect(textOf(part(element, 'track-error'))).to.equal('Không tìm thấy câu hỏi với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại.');
    expect(part(element, 'status')).to.equal(null);
    await expectAccessibleInBothLanguages(element);
  });

  it('asks for both fields, and for a code as it was given', async () => {
    const element = await trackForm();
    control(element, 'trackingCode')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'error-summary'), 'no error summary');
    expect(focusedIn(element)).to.equal('error-summary');
    expect([...(part(element, 'error-summary')?.querySelectorAll('a') ?? [])].map(textOf)).to.deep.equal([
      'Mã tra cứu: Vui lòng nhập thông tin này.',
      'Thư điện tử hoặc số điện thoại đã khai khi gửi câu hỏi: Vui lòng nhập thông tin này.',
    ]);
    await typeInto(element, 'trackingCode', 'HD 2026');
    await typeInto(element, 'contact', 'kiem.tran1@example.com');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(part(element, 'error-summary')).includes('Mã tra cứu chưa đúng'), 'the code was not checked');
    expect(control(element, 'trackingCode')?.getAttribute('aria-invalid')).to.equal('true');
    expect(control(element, 'contact')?.getAttribute('aria-invalid')).to.equal('false');
    await expectAccessibleInBothLanguages(element);
  });
});
