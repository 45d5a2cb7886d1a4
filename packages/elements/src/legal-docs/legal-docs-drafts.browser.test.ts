import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DraftCommentSubmission, safeParse } from '@vn-portal/schema';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { expectAccessible, part, parts, setPageLang, simulateNetworkFailure, textOf, watchRequests } from '../../test/browser-helpers.js';
import { activeElement, open, register, restorePage, serverSearch, titles } from '../../test/legal-docs-helpers.js';
import './vn-legal-docs.js';
import type { VnLegalDocs } from './legal-docs.js';

const drafts = html`<vn-legal-docs mode="drafts" agency="ubnd-tinh"></vn-legal-docs>`;
const openDraft = 'Dự thảo lần 1 (Cổng TTĐT)';
const form = (element: VnLegalDocs) => part(element, 'comment-form') as HTMLFormElement;
const field = (element: VnLegalDocs, name: string) => form(element).querySelector<HTMLInputElement>(`[name="${name}"]`) as HTMLInputElement;
const errorOf = (element: VnLegalDocs, name: string) => {
  const described = field(element, name).getAttribute('aria-describedby');
  return described ? textOf(element.shadowRoot?.getElementById(described)) : undefined;
};
const fill = (element: VnLegalDocs, values: Record<string, string>) => {
  for (const [name, value] of Object.entries(values)) field(element, name).value = value;
};
const comment = { name: 'Phạm Thị Dung', email: 'dung.pt@example.com', organization: 'Hội Doanh nghiệp (minh họa)', content: 'Đề nghị bổ sung quy định về thời hạn cập nhật thông tin trên Cổng thông tin điện tử thành phần.' };

describe('<vn-legal-docs mode="drafts">', () => {
  afterEach(restorePage);

  it('lists the drafts with their comment period: not yet open, open with its deadline and days left, closed', async () => {
    const element = await register(drafts);
    const expected = await serverSearch('agency=ubnd-tinh&stage=draft');
    expect(titles(element)).to.deep.equal(expected.items.map((item) => item.number));
    const periods = parts(element, 'result').map((result) => textOf([...result.querySelectorAll('dt')].find((term) => textOf(term) === 'Lấy ý kiến')?.nextElementSibling));
    const window = (number: string) => expected.items.find((item) => item.number === number)?.draft;
    const open = window(openDraft);
    expect(periods).to.deep.equal([
      `Chưa đến thời gian lấy ý kiến Bắt đầu từ ngày ${formatDate(window('Dự thảo lần 1 (Chuyển đổi số)')?.opensAt ?? '', 'vi')}`,
      `Đang lấy ý kiến Đến hết ngày ${formatDate(open?.closesAt ?? '', 'vi')} · còn 60 ngày`,
      `Đã hết thời gian lấy ý kiến Đã kết thúc ngày ${formatDate(window('Dự thảo lần 2 (Dữ liệu cá nhân)')?.closesAt ?? '', 'vi')}`,
    ]);
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(parts(element, 'result')[1])).to.contain('Open for comment').and.contain('60 days left');
    await expectAccessible(element);
  });

  it("states the schema's limits up front: each field's maxlength is the longest text the schema takes, and required what it cannot go without", async () => {
    const element = await register(drafts);
    await open(element, openDraft);
    const body = { ...comment, consent: true };
    expect(safeParse(DraftCommentSubmission, body).success, 'the sample comment is valid').to.equal(true);
    for (const name of Object.keys(comment) as (keyof typeof comment)[]) {
      const { maxLength, required } = field(element, name);
      const tooLong = safeParse(DraftCommentSubmission, { ...body, [name]: 'a'.repeat(maxLength + 1) });
      const limit = tooLong.success ? undefined : tooLong.error.issues.find((issue) => issue.path[0] === name && issue.code === 'too_big');
      expect(limit?.code === 'too_big' ? limit.maximum : undefined, `${name}: maxlength`).to.equal(maxLength);
      const { [name]: _left, ...without } = body;
      expect(safeParse(DraftCommentSubmission, without).success, `${name}: may be left empty`).to.equal(!required);
    }
  });

  it('takes a comment through the form and says it waits for moderation', async () => {
    const element = await register(drafts);
    await open(element, openDraft);
    const published = part(element, 'comments');
    expect(textOf(published)).to.contain('Nguyễn Văn A').and.contain('Trần Thị B, Hội Luật gia (minh họa)');
    // Waiting for moderation, hence not shown.
    expect(textOf(published)).to.not.contain('Lê Văn C');
    await expectAccessible(element);
    fill(element, comment);
    field(element, 'consent').click();
    const watch = watchRequests();
    try {
      const taken = oneEvent<GlobalEventHandlersEventMap['vn-comment']>(element, 'vn-comment');
      (part(element, 'submit-button') as HTMLButtonElement).click();
      const { detail } = await taken;
      expect(detail.receipt.status).to.equal('pending-moderation');
      const post = watch.requests.find((request) => request.method === 'POST' && request.path.endsWith('/comments'));
      expect(post?.path).to.equal('/legal-documents/du-thao-lan-1-cong-ttdt/comments');
      expect(post?.body).to.deep.equal({ ...comment, consent: true });
      expect((await post?.response)?.status).to.equal(202);
    } finally {
      watch.restore();
    }
    await element.updateComplete;
    const receipt = part(element, 'comment-receipt');
    expect(textOf(receipt)).to.equal('Cảm ơn bạn, góp ý đã được tiếp nhận và sẽ được công khai sau khi kiểm duyệt.');
    await waitUntil(() => activeElement(element) === receipt, 'the focus did not move to the receipt');
    expect(part(element, 'comment-form')).to.equal(null);
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(part(element, 'comment-receipt'))).to.equal('Thank you: your comment has been received and will be published after moderation.');
    await expectAccessible(element);
  });

  it('shows what to correct next to each field and in a summary that takes the focus', async () => {
    const element = await register(drafts);
    await open(element, openDraft);
    fill(element, { name: '  ', email: 'dung.pt@example' });
    const watch = watchRequests();
    (part(element, 'submit-button') as HTMLButtonElement).click();
    await element.updateComplete;
    watch.restore();
    expect(watch.requests.filter((request) => request.method === 'POST')).to.deep.equal([]);
    const summary = part(element, 'error-summary');
    await waitUntil(() => activeElement(element) === summary, 'the focus did not move to the error summary');
    expect([...(summary?.querySelectorAll('li') ?? [])].map((item) => textOf(item))).to.deep.equal([
      'Vui lòng nhập họ và tên.',
      'Vui lòng nhập địa chỉ thư điện tử, ví dụ ten@example.com.',
      'Vui lòng nhập nội dung góp ý.',
      'Vui lòng đánh dấu vào ô đồng ý.',
    ]);
    expect(errorOf(element, 'name')).to.equal('Vui lòng nhập họ và tên.');
    expect(errorOf(element, 'content')).to.equal('Vui lòng nhập nội dung góp ý.');
    expect(errorOf(element, 'organization')).to.equal(undefined);
    expect(['name', 'email', 'organization', 'content', 'consent'].map((name) => field(element, name).getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'false', 'true', 'true']);
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(errorOf(element, 'email')).to.equal('Enter an email address, for example ten@example.com.');
    // What was typed stays.
    expect(field(element, 'email').value).to.equal('dung.pt@example');
    await expectAccessible(element);
  });

  it('keeps what was written when sending fails, and sends it on the retry', async () => {
    const element = await register(drafts);
    await open(element, openDraft);
    fill(element, { ...comment, name: 'Đỗ Văn Em', organization: '' });
    field(element, 'consent').click();
    const restore = simulateNetworkFailure();
    (part(element, 'submit-button') as HTMLButtonElement).click();
    await waitUntil(() => textOf(part(element, 'problem')) !== '', 'the failure was not shown', { timeout: 8000 });
    restore();
    expect(textOf(part(element, 'problem'))).to.equal('Chưa gửi được góp ý. Nội dung bạn đã viết vẫn được giữ lại: vui lòng thử lại.');
    expect(field(element, 'content').value).to.equal(comment.content);
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(part(element, 'problem'))).to.equal('Your comment could not be sent. What you wrote is kept: try again.');
    await expectAccessible(element);
    const taken = oneEvent<GlobalEventHandlersEventMap['vn-comment']>(element, 'vn-comment');
    (part(element, 'submit-button') as HTMLButtonElement).click();
    expect((await taken).detail.documentId).to.equal('du-thao-lan-1-cong-ttdt');
  });

  it('can be filled in and sent by keyboard alone', async () => {
    const element = await register(drafts);
    await open(element, openDraft);
    field(element, 'name').focus();
    await sendKeys({ type: 'Vũ Thị Giang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'giang.vt@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Nên công bố lịch cập nhật dữ liệu mở hằng quý.' });
    await sendKeys({ press: 'Tab' });
    expect(activeElement(element)).to.equal(field(element, 'consent'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(activeElement(element)).to.equal(part(element, 'submit-button'));
    const taken = oneEvent(element, 'vn-comment');
    await sendKeys({ press: 'Enter' });
    await taken;
  });

  it('offers no form on a draft whose comment period has closed or not opened', async () => {
    const element = await register(drafts);
    await open(element, 'Dự thảo lần 2 (Dữ liệu cá nhân)');
    expect(textOf(part(element, 'document'))).to.contain('Đã hết thời gian lấy ý kiến');
    expect(part(element, 'comment-form')).to.equal(null);
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(part(element, 'document'))).to.contain('Comment period closed');
    await expectAccessible(element);
  });
});
