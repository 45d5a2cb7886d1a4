import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { part, parts, setPageLang, simulateNetworkFailure, textOf, watchRequests } from '../../test/browser-helpers.js';
import {
  control,
  eachTestAfresh,
  expectAccessibleInBothLanguages,
  fillQuestion,
  focusedIn,
  individual,
  organization,
  pressSubmit,
  qaForm,
  question,
  receiptOf,
  typeInto,
  watchSubmissions,
} from '../../test/qa-form-helpers.js';
import type { VnQaForm } from './qa-form.js';

const askForm = () => qaForm(html`<vn-qa-form views="ask"></vn-qa-form>`);
/** Everything a storage holds, as one string. */
const stored = (storage: Storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`).join('\n');
const summaryEntries = (element: VnQaForm) => [...(part(element, 'error-summary')?.querySelectorAll('a') ?? [])].map(textOf);

/** Fills and sends the form; the server takes the question, and the page never hears back. */
async function sendAndLoseTheAnswer(element: VnQaForm) {
  await fillQuestion(element, individual);
  const watch = watchSubmissions();
  try {
    watch.loseNextAnswer();
    await pressSubmit(element);
    await waitUntil(() => part(element, 'submit-error'), 'the failure was not shown');
    return watch;
  } catch (error) {
    watch.restore();
    throw error;
  }
}

/** The identity fields of an organization, in the form's order (Cao Bằng Điều 9). */
const organizationLabels = ['Họ và tên người đại diện', 'Chức vụ người đại diện', 'Tên đầy đủ của tổ chức', 'Địa chỉ trụ sở chính', 'Điện thoại', 'Thư điện tử'];

describe('<vn-qa-form> asking', () => {
  eachTestAfresh();

  it('shows the out-of-scope notice before the form, and consent not ticked', async () => {
    const element = await askForm();
    const notice = part(element, 'scope-notice');
    await waitUntil(() => textOf(notice).includes('khiếu nại, tố cáo'), 'the scope notice did not render');
    expect(notice?.compareDocumentPosition(part(element, 'ask-form') as Node)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(control(element, 'consent')?.checked).to.equal(false);
    expect(textOf(part(element, 'consent-notice'))).to.contain('không công khai cùng câu trả lời');
    expect(textOf(part(element, 'consent-notice'))).to.contain('91/2025/QH15');
    // Cao Bằng Điều 9: every identity field of an individual, all required.
    const labels = [...(part(element, 'ask-form')?.querySelectorAll('fieldset:nth-of-type(2) label') ?? [])].map(textOf);
    expect(labels).to.deep.equal(['Họ và tên', 'Quốc tịch', 'Nghề nghiệp', 'Số CCCD/CMND hoặc hộ chiếu', 'Địa chỉ nơi đang sinh sống, học tập, làm việc', 'Điện thoại', 'Thư điện tử']);
    expect(control(element, 'email')?.getAttribute('autocomplete')).to.equal('email');
    await expectAccessibleInBothLanguages(element);
  });

  it('sends a full individual question from the keyboard alone, and shows the receipt', async () => {
    const element = await qaForm(html`<vn-qa-form></vn-qa-form>`);
    const watch = watchSubmissions();
    try {
      part(element, 'tab')?.focus();
      const keys = async (...presses: string[]) => {
        for (const press of presses) await sendKeys({ press });
      };
      await keys('Tab', 'Tab'); // the panel, then the first radio
      expect(element.shadowRoot?.activeElement?.getAttribute('value')).to.equal('individual');
      for (const value of Object.values(individual)) {
        await keys('Tab');
        await sendKeys({ type: value });
      }
      await keys('Tab', 'ArrowDown', 'Tab', 'ArrowDown', 'ArrowDown', 'Tab'); // topic, agency, title
      await sendKeys({ type: question.title });
      await keys('Tab');
      await sendKeys({ type: question.content });
      await keys('Tab', 'Space', 'Tab');
      expect(focusedIn(element)).to.equal('submit-button');
      const submitted = oneEvent<GlobalEventHandlersEventMap['vn-question-submitted']>(element, 'vn-question-submitted');
      await keys('Enter');
      const { detail } = await submitted;
      const [sent] = watch.submissions;
      expect(sent?.body).to.deep.include({ topic: 'chinh-sach', agency: 'vp-ubnd', title: question.title, content: question.content });
      expect(sent?.body.asker).to.deep.equal({ kind: 'individual', ...individual });
      expect(sent?.body.consent).to.deep.equal({ accepted: true, version: '2026-01' });
      expect(sent?.body).not.to.have.property('website');
      expect(sent?.answer?.status).to.equal(201);
      expect(detail).to.deep.equal(sent?.answer?.receipt);
      expect(await receiptOf(element)).to.equal(detail.trackingCode);
      expect(detail.trackingCode).to.match(/^HD-\d{4}-[0-9A-Z]{8}$/);
      // Focus on the receipt, the due date as the server computed it (15 working days), in Vietnamese.
      expect(focusedIn(element)).to.equal('receipt');
      expect(textOf(part(element, 'due-date'))).to.contain(formatDate(detail.dueDate, 'vi')).and.contain('15 ngày làm việc');
      await expectAccessibleInBothLanguages(element);
      await setPageLang('en', element);
      expect(textOf(part(element, 'due-date'))).to.contain(formatDate(detail.dueDate, 'en'));
    } finally {
      watch.restore();
    }
  });

  it('keeps its honeypot out of reach of people, and sends nothing a bot filled it for', async () => {
    const element = await askForm();
    await fillQuestion(element, individual);
    const trap = element.shadowRoot?.querySelector<HTMLInputElement>('input[name="website"]');
    expect([trap?.tabIndex, trap?.getAttribute('aria-hidden'), trap?.value]).to.deep.equal([-1, 'true', '']);
    if (trap) trap.value = 'https://spam.example';
    const watch = watchSubmissions();
    try {
      await pressSubmit(element);
      await waitUntil(() => part(element, 'submit-button')?.getAttribute('aria-disabled') === 'false', 'the form did not settle');
      expect(watch.submissions).to.deep.equal([]);
      expect(part(element, 'receipt')).to.equal(null);
    } finally {
      watch.restore();
    }
  });

  it('sends a full organization question with the representative and the head office', async () => {
    const element = await askForm();
    const watch = watchSubmissions();
    try {
      control(element, 'kind')?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      const labels = [...(part(element, 'ask-form')?.querySelectorAll('fieldset:nth-of-type(2) label') ?? [])].map(textOf);
      expect(labels).to.deep.equal(organizationLabels);
      await fillQuestion(element, organization);
      await pressSubmit(element);
      const code = await receiptOf(element);
      expect(watch.submissions).to.have.length(1);
      expect(watch.submissions[0]?.body.asker).to.deep.equal({ kind: 'organization', ...organization });
      expect(watch.submissions[0]?.answer?.receipt.trackingCode).to.equal(code);
    } finally {
      watch.restore();
    }
  });

  it('lists every required field in the error summary, which takes the focus, and links to each field', async () => {
    const element = await askForm();
    await pressSubmit(element);
    await waitUntil(() => part(element, 'error-summary'), 'no error summary');
    expect(focusedIn(element)).to.equal('error-summary');
    const required = 'Vui lòng nhập thông tin này.';
    expect(summaryEntries(element)).to.deep.equal([
      `Họ và tên: ${required}`,
      `Quốc tịch: ${required}`,
      `Nghề nghiệp: ${required}`,
      `Số CCCD/CMND hoặc hộ chiếu: ${required}`,
      `Địa chỉ nơi đang sinh sống, học tập, làm việc: ${required}`,
      `Điện thoại: ${required}`,
      `Thư điện tử: ${required}`,
      'Lĩnh vực: Vui lòng chọn một mục.',
      `Tiêu đề câu hỏi: ${required}`,
      `Nội dung câu hỏi: ${required}`,
      'Đồng ý cho sử dụng thông tin cá nhân: Vui lòng đánh dấu để đồng ý: nếu không đồng ý, câu hỏi không thể được tiếp nhận.',
    ]);
    // Each field is marked invalid and described by its own message.
    for (const name of ['fullName', 'nationality', 'occupation', 'idNumber', 'address', 'phone', 'email', 'topic', 'title', 'content', 'consent']) {
      const field = control(element, name);
      expect(field?.getAttribute('aria-invalid'), name).to.equal('true');
      const message = element.shadowRoot?.getElementById(`qa-${name}-error`);
      expect(field?.getAttribute('aria-describedby')?.split(' '), name).to.include(message?.id);
    }
    // From the summary, Enter on an entry moves to its field.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(focusedIn(element)).to.equal('qa-nationality');
    await expectAccessibleInBothLanguages(element);
  });

  it('lists the organization’s required fields, and fixes disappear as the visitor types', async () => {
    const element = await askForm();
    control(element, 'kind')?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await pressSubmit(element);
    await waitUntil(() => part(element, 'error-summary'), 'no error summary');
    expect(summaryEntries(element).slice(0, 6).map((entry) => entry.split(':')[0])).to.deep.equal(organizationLabels);
    await typeInto(element, 'organizationName', organization.organizationName);
    await waitUntil(() => control(element, 'organizationName')?.getAttribute('aria-invalid') === 'false', 'the fixed field stayed invalid');
    expect(summaryEntries(element).some((entry) => entry.startsWith('Tên đầy đủ của tổ chức'))).to.equal(false);
  });

  it('checks phone, email, ID number and length as the server does, in Vietnamese and English', async () => {
    const element = await askForm();
    await fillQuestion(element, { ...individual, phone: '12345', email: 'thu.le@', idNumber: '0791900' }, { title: question.title, content: 'Quá ngắn' });
    const watch = watchRequests();
    try {
      await pressSubmit(element);
      await waitUntil(() => part(element, 'error-summary'), 'no error summary');
      expect(watch.requests.filter((request) => request.method === 'POST').map((request) => request.path)).to.deep.equal([]);
    } finally {
      watch.restore();
    }
    const message = (name: string) => textOf(element.shadowRoot?.getElementById(`qa-${name}-error`));
    expect(message('phone')).to.equal('Lỗi: Số điện thoại chưa đúng, ví dụ 0912 345 678 hoặc +84 263 3826 100.');
    expect(message('email')).to.equal('Lỗi: Vui lòng nhập địa chỉ thư điện tử, ví dụ ten@example.com.');
    expect(message('idNumber')).to.equal('Lỗi: Vui lòng nhập số CCCD (12 chữ số), CMND (9 chữ số) hoặc số hộ chiếu.');
    expect(message('content')).to.equal('Lỗi: Cần ít nhất 20 ký tự.');
    await setPageLang('en', element);
    expect(message('phone')).to.equal('Error: Enter a Vietnamese phone number, for example 0912 345 678 or +84 263 3826 100.');
    expect(message('content')).to.equal('Error: Write at least 20 characters.');
    expect(textOf(part(element, 'count'))).to.equal('8 of 20,000 characters. At least 20.');
  });

  it('sends one question when the button is clicked twice', async () => {
    const element = await askForm();
    await fillQuestion(element, individual);
    const watch = watchSubmissions();
    try {
      const button = part(element, 'submit-button') as HTMLButtonElement;
      button.click();
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      const code = await receiptOf(element);
      button.click();
      expect(watch.submissions).to.have.length(1);
      expect(watch.submissions[0]?.answer?.receipt.trackingCode).to.equal(code);
    } finally {
      watch.restore();
    }
  });

  it('keeps the text after a network failure, and the retry sends the question once', async () => {
    const element = await askForm();
    await fillQuestion(element, individual);
    const watch = watchRequests();
    const restore = simulateNetworkFailure();
    try {
      const failed = oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
      await pressSubmit(element);
      expect((await failed).detail.error.kind).to.equal('network');
      await waitUntil(() => part(element, 'submit-error'), 'the failure was not shown');
      expect(part(element, 'submit-error')?.getAttribute('role')).to.equal('alert');
      expect(textOf(part(element, 'submit-error'))).to.contain('Câu hỏi chưa được gửi.').and.contain('Nội dung bạn nhập vẫn được giữ nguyên.');
      expect(control(element, 'title')?.value).to.equal(question.title);
      await expectAccessibleInBothLanguages(element);
      restore();
      await pressSubmit(element);
      const code = await receiptOf(element);
      const posts = watch.requests.filter((request) => request.method === 'POST' && request.path === '/qa/questions');
      expect(posts).to.have.length(1);
      expect(((await posts[0]?.response)?.body as { trackingCode: string }).trackingCode).to.equal(code);
    } finally {
      restore();
      watch.restore();
    }
  });

  it('retries with the same key after a lost answer, and the server answers the first question again', async () => {
    const element = await askForm();
    const watch = await sendAndLoseTheAnswer(element);
    try {
      await pressSubmit(element);
      const code = await receiptOf(element);
      const [first, retry] = watch.submissions;
      expect(watch.submissions).to.have.length(2);
      expect(retry?.key).to.be.a('string').and.equal(first?.key);
      expect(first?.answer?.status).to.equal(201);
      // The server created one question: the retry got the first one's receipt back.
      expect(retry?.answer?.receipt).to.deep.equal(first?.answer?.receipt);
      expect(code).to.equal(first?.answer?.receipt.trackingCode);
    } finally {
      watch.restore();
    }
  });

  it('recovers the first receipt when the visitor edits the question after a lost answer', async () => {
    const element = await askForm();
    const watch = await sendAndLoseTheAnswer(element);
    try {
      await typeInto(element, 'title', ' (bổ sung)');
      await pressSubmit(element);
      const code = await receiptOf(element);
      const [first, edited, replay] = watch.submissions;
      expect(edited?.answer?.status).to.equal(409);
      expect(replay?.body).to.deep.equal(first?.body);
      expect([edited?.key, replay?.key]).to.deep.equal([first?.key, first?.key]);
      expect(code).to.equal(first?.answer?.receipt.trackingCode);
      expect(textOf(part(element, 'receipt'))).to.contain('những thay đổi sau đó chưa được gửi');
    } finally {
      watch.restore();
    }
  });

  it('keeps the draft for the tab across a reload, but never the ID number', async () => {
    const first = await askForm();
    await fillQuestion(first, individual);
    first.remove();
    const draft = stored(sessionStorage);
    expect(draft).to.contain(individual.fullName).and.contain(question.title);
    expect(draft).to.not.contain(individual.idNumber);
    expect(stored(localStorage)).to.not.contain(individual.fullName);

    const reloaded = await askForm();
    expect(textOf(part(reloaded, 'draft-notice'))).to.contain('Câu hỏi chưa gửi của bạn đã được khôi phục.');
    expect(control(reloaded, 'fullName')?.value).to.equal(individual.fullName);
    expect(control(reloaded, 'title')?.value).to.equal(question.title);
    expect(control(reloaded, 'content')?.value).to.equal(question.content);
    expect((control(reloaded, 'topic') as unknown as HTMLSelectElement).value).to.equal('chinh-sach');
    expect(control(reloaded, 'idNumber')?.value).to.equal('');
    // Consent is given again, not restored.
    expect(control(reloaded, 'consent')?.checked).to.equal(false);
    await expectAccessibleInBothLanguages(reloaded);

    await typeInto(reloaded, 'idNumber', individual.idNumber);
    control(reloaded, 'consent')?.focus();
    await sendKeys({ press: 'Space' });
    await pressSubmit(reloaded);
    await receiptOf(reloaded);
    expect(stored(sessionStorage)).to.not.contain(individual.fullName);
  });

  it('starts again from an empty form, forgetting the draft', async () => {
    const first = await askForm();
    await typeInto(first, 'title', question.title);
    first.remove();
    const reloaded = await askForm();
    part(reloaded, 'discard-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await reloaded.updateComplete;
    expect(control(reloaded, 'title')?.value).to.equal('');
    expect(part(reloaded, 'draft-notice')).to.equal(null);
    expect(stored(sessionStorage)).to.not.contain(question.title);
  });

  it('sends NFC text whatever the keyboard composed', async () => {
    const element = await askForm();
    await fillQuestion(element, individual);
    const decomposed = 'Hỏi về thủ tục đăng ký kinh doanh hộ cá thể'.normalize('NFD');
    const title = control(element, 'title') as HTMLInputElement;
    title.value = decomposed;
    title.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
    expect(title.value).to.not.equal(decomposed.normalize('NFC'));
    const watch = watchSubmissions();
    try {
      await pressSubmit(element);
      await receiptOf(element);
      expect(watch.submissions[0]?.body.title).to.equal(decomposed.normalize('NFC'));
    } finally {
      watch.restore();
    }
  });

  it('offers the Unicode text when TCVN3 text is pasted, and converts on request', async () => {
    const element = await askForm();
    const title = control(element, 'title') as HTMLInputElement;
    title.focus();
    title.value = 'QuyÕt ®Þnh vÒ viÖc c«ng bè thñ tôc hµnh chÝnh';
    title.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
    await waitUntil(() => part(element, 'legacy-notice'), 'no conversion was offered');
    const notice = part(element, 'legacy-notice');
    expect(textOf(notice)).to.contain('TCVN3 (ABC)').and.contain('Quyết định về việc công bố thủ tục hành chính');
    expect(title.getAttribute('aria-describedby')).to.contain(notice?.id);
    await expectAccessibleInBothLanguages(element);
    part(element, 'convert-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => title.value === 'Quyết định về việc công bố thủ tục hành chính', 'the text was not converted');
    expect(focusedIn(element)).to.equal('qa-title');
    expect(part(element, 'legacy-notice')).to.equal(null);
    // VNI, pasted into the question, is recognised as such; Unicode text pasted is left alone.
    const content = control(element, 'content') as HTMLInputElement;
    content.value = 'Xin hoûi thuû tuïc caáp giaáy pheùp xaây döïng';
    content.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
    await waitUntil(() => part(element, 'legacy-notice'), 'no conversion was offered for VNI');
    expect(textOf(part(element, 'legacy-notice'))).to.contain('VNI').and.contain('Xin hỏi thủ tục cấp giấy phép xây dựng');
    part(element, 'legacy-notice')?.querySelectorAll('button')[1]?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'legacy-notice') === null, 'the offer was not dismissed');
    expect(focusedIn(element)).to.equal('qa-content');
    expect(content.value).to.equal('Xin hoûi thuû tuïc caáp giaáy pheùp xaây döïng');
  });

  it('offers published answers similar to the title being typed', async () => {
    const element = await askForm();
    // In the asker's own words: "lên", "mất" and "mấy" are in no published question.
    await typeInto(element, 'title', 'Văn bản của tỉnh đăng lên Cổng mất mấy ngày');
    await waitUntil(() => parts(element, 'similar-answer').length > 0, 'no similar answer was offered', { timeout: 5000 });
    expect(textOf(part(element, 'similar-answer'))).to.contain('Thời hạn công khai văn bản trên Cổng thông tin điện tử');
    // Opened from the keyboard, it shows the answer and what it cites.
    part(element, 'similar-answer')?.querySelector('summary')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(part(element, 'similar-answer')).includes('02 ngày làm việc'), 'the answer did not open');
    expect(textOf(part(element, 'similar-answer'))).to.contain('42/2022/NĐ-CP');
    await expectAccessibleInBothLanguages(element);
  });

  it('copies the tracking code, and opens the tracking view with it', async () => {
    const element = await qaForm(html`<vn-qa-form views="ask track"></vn-qa-form>`);
    await fillQuestion(element, individual);
    await pressSubmit(element);
    const code = await receiptOf(element);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => Promise.resolve(void written.push(text)) } });
    try {
      part(element, 'copy-button')?.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => written.length === 1, 'nothing was copied');
      expect(written).to.deep.equal([code]);
      await waitUntil(() => textOf(element.shadowRoot?.querySelector('[data-live]')) === 'Đã sao chép mã tra cứu.', 'the copy was not announced');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
    part(element, 'track-this-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedIn(element) === 'qa-contact', 'the contact field was not focused');
    expect(control(element, 'trackingCode')?.value).to.equal(code);
    await sendKeys({ type: individual.email });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'state'), 'the status did not show');
    expect(textOf(part(element, 'state'))).to.equal('Đã tiếp nhận');
  });

  it('selects the agency of a department’s site', async () => {
    const element = await qaForm(html`<vn-qa-form views="ask" agency="stp"></vn-qa-form>`);
    expect((control(element, 'agency') as unknown as HTMLSelectElement).value).to.equal('stp');
  });
});
