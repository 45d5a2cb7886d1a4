import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible, notAllowingApi, part, setPageLang, settledFixture, textOf } from '../../test/browser-helpers.js';
import { fillQuestion, individual, pressSubmit } from '../../test/qa-form-helpers.js';
import { open } from '../../test/legal-docs-helpers.js';
import '../vn-portal.js';
import type { PortalElement } from './portal-element.js';

// The page an agency developer first puts the kit on: its origin is not on the portal's allowed
// list yet. The portal answers every write with a refusal the page can read, and each element
// says that this page cannot send yet, not that the visitor's network failed.

const notAllowedYet = {
  vi: 'Trang này chưa được cổng thông tin cho phép gửi. Đây không phải lỗi kết nối mạng của bạn: vui lòng báo cho quản trị viên trang web.',
  en: "This page is not allowed to send to the portal yet. This is not a problem with your connection: please tell the website's administrator.",
};
const networkWords = /kết nối mạng và|Check your connection|could not be reached|không kết nối được/i;

/** Waits for the element's refusal, then checks its text in both languages and with axe. */
async function expectNotAllowedYet(element: PortalElement, partName: string): Promise<void> {
  await waitUntil(() => textOf(part(element, partName)) !== '', `${element.localName} showed no failure`, { timeout: 10_000 });
  expect(textOf(part(element, partName))).to.contain(notAllowedYet.vi).and.not.match(networkWords);
  await expectAccessible(element);
  await setPageLang('en', element);
  expect(textOf(part(element, partName))).to.contain(notAllowedYet.en).and.not.match(networkWords);
  await setPageLang('vi', element);
}

describe('a page whose origin the portal does not allow yet', () => {
  const warnings: string[] = [];
  const realWarn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
  });
  after(() => {
    console.warn = realWarn;
  });

  it('the vote, the question and the comment each say this page cannot send yet; the console says once what to add, and where', async function () {
    this.timeout(60_000);
    const api = notAllowingApi();
    expect(api, 'the second reference portal is running').to.match(/^http:/);

    const poll = await settledFixture<PortalElement>(html`<vn-poll api-base=${api} agency="ubnd-tinh"></vn-poll>`);
    const firstOption = poll.shadowRoot?.querySelector('input');
    firstOption?.focus();
    await sendKeys({ press: 'Space' });
    const refused = oneEvent<GlobalEventHandlersEventMap['vn-error']>(poll, 'vn-error');
    part(poll, 'vote-button')?.focus();
    await sendKeys({ press: 'Enter' });
    const { error } = (await refused).detail;
    expect([error.kind, 'code' in error ? error.code : '']).to.deep.equal(['problem', 'origin-not-allowed']);
    await expectNotAllowedYet(poll, 'problem');

    const adviceLines = () => warnings.filter((line) => line.includes('[VN Portal Kit]'));
    // The advice's words are loaded with the first refusal, so the line follows the element's message.
    await waitUntil(() => adviceLines().length > 0, 'the console says what to add', { timeout: 10_000 });
    const advice = adviceLines();
    expect(advice).to.have.length(1);
    const [line = ''] = advice;
    for (const expected of [location.origin, 'ubnd-tinh', `PUT ${api}/api/v1/admin/agencies/ubnd-tinh/allowed-origins`, 'danh sách nguồn được phép', "agency's allowed origins"]) {
      expect(line).to.contain(expected);
    }

    const form = await settledFixture<PortalElement>(html`<vn-qa-form api-base=${api} agency="ubnd-tinh" views="ask"></vn-qa-form>`);
    await fillQuestion(form as never, individual);
    await pressSubmit(form as never);
    await expectNotAllowedYet(form, 'submit-error');

    const drafts = await settledFixture<PortalElement>(html`<vn-legal-docs api-base=${api} mode="drafts" agency="ubnd-tinh"></vn-legal-docs>`);
    await open(drafts as never, 'Dự thảo lần 1 (Cổng TTĐT)');
    const comment = part(drafts, 'comment-form') as HTMLFormElement;
    const values: Record<string, string> = { name: 'Phạm Thị Dung', email: 'dung.pt@example.com', content: 'Đề nghị bổ sung quy định về thời hạn cập nhật thông tin.' };
    for (const [name, value] of Object.entries(values)) (comment.querySelector(`[name="${name}"]`) as HTMLInputElement).value = value;
    (comment.querySelector('[name="consent"]') as HTMLInputElement).click();
    (part(drafts, 'submit-button') as HTMLButtonElement).click();
    await expectNotAllowedYet(drafts, 'problem');

    // Three refusals for the same origin and agency, one line in the console.
    expect(adviceLines()).to.have.length(1);
  });
});
