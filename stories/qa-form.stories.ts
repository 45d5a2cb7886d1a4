import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { VnQaForm } from '@vn-portal/elements';
import '@vn-portal/elements/vn-qa-form.js';
import type { QuestionStatus } from '@vn-portal/schema';
import {
  exampleAnswers,
  exampleAnswersBuildingPermit,
  exampleAnswersNone,
  exampleAnswersPage1,
  exampleAnswersPage2,
  exampleProblemValidation,
  exampleQaFormConfig,
  exampleQaFormConfigVietnameseOnly,
  exampleQuestionAnswered,
  exampleQuestionClassified,
  exampleQuestionForwarded,
  exampleQuestionPublished,
  exampleQuestionReceipt,
  exampleQuestionReceived,
  exampleQuestionRejected,
} from '@vn-portal/schema/examples';
import { answer, fail, hang, withMockApi } from './mocks/index.js';
import { argTypesFor, themeStyle, type ThemeArgs } from './support/manifest.js';
import { dark, english, forcedColours, narrow, wide } from './support/page.js';
import { loaded, marksVietnameseFallback, part, parts, settled, storyElement, textOf } from './support/play.js';
import { dataStates } from './support/states.js';
import { individual } from '../packages/elements/test/qa-fixtures.js';

type Args = ThemeArgs & { views: string; agency?: string; 'legal-docs-url'?: string; 'page-size'?: number };

const tag = 'vn-qa-form';
const qaForm = (canvasElement: HTMLElement) => storyElement(canvasElement, tag);
const element = ({ canvasElement }: StoryContext) => qaForm(canvasElement);
const patience = { timeout: 15_000 };

/** A control of the form, by its name (its id is `qa-<name>`). */
const control = (host: VnQaForm, name: string) => host.shadowRoot?.querySelector<HTMLInputElement>(`#qa-${name}`) as HTMLInputElement;
const summaryEntries = (host: VnQaForm) => [...(part(host, 'error-summary')?.querySelectorAll('li') ?? [])].map(textOf);
const focused = (host: VnQaForm) => host.shadowRoot?.activeElement ?? null;

/** The question the receipt and the "received" status are about. */
const question = {
  title: exampleQuestionReceived.title,
  content: 'Tôi muốn mở cửa hàng bán đồ gia dụng. Xin hỏi thủ tục đăng ký hộ kinh doanh gồm những giấy tờ gì và nộp ở đâu?',
};

/** Fills the whole form as a visitor types it: identity, topic, title, question, consent. */
async function fillQuestion(host: VnQaForm, identity: Record<string, string> = individual): Promise<void> {
  for (const [name, value] of Object.entries(identity)) await userEvent.type(control(host, name), value);
  await userEvent.selectOptions(control(host, 'topic'), 'dau-tu');
  await userEvent.type(control(host, 'title'), question.title);
  await userEvent.type(control(host, 'content'), question.content);
  await userEvent.click(control(host, 'consent'));
}

/**
 * Pastes into a field as the browser does: the text, then an `input` event of type
 * `insertFromPaste`. (user-event's `paste()` sends it to `document.activeElement`, which for a
 * field in a shadow root is the host element, so it pastes nowhere.)
 */
async function pasteInto(field: HTMLInputElement, text: string): Promise<void> {
  await userEvent.click(field);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: text, bubbles: true, composed: true }));
}

const submit = (host: VnQaForm) => userEvent.click(part(host, 'submit-button') as HTMLButtonElement);

/** Fills the whole form once it has loaded, and sends it. */
async function askQuestion(host: VnQaForm): Promise<void> {
  await loaded(host);
  await fillQuestion(host);
  await submit(host);
}

/** Waits for the error summary, which takes the focus. */
async function showsSummary(host: VnQaForm): Promise<void> {
  await waitFor(() => expect(focused(host)).toBe(part(host, 'error-summary')), patience);
  await expect(part(host, 'error-summary')?.querySelector('[role="alert"]')).not.toBeNull();
}

/** Sends the form with nothing filled in once it has loaded, and waits for the error summary. */
async function sendsEmpty(host: VnQaForm): Promise<void> {
  await loaded(host);
  await submit(host);
  await showsSummary(host);
}

/** Looks a question up by code and contact, as the visitor types them. */
async function track(host: VnQaForm, trackingCode: string, contact = individual.email): Promise<void> {
  await userEvent.type(control(host, 'trackingCode'), trackingCode);
  await userEvent.type(control(host, 'contact'), `${contact}{Enter}`);
}

/** Waits for a question's status, which takes the focus, in this state, with these steps. */
async function showsStatus(host: VnQaForm, state: string, steps: number): Promise<void> {
  await waitFor(() => expect(focused(host)).toBe(part(host, 'status')), patience);
  await expect(textOf(part(host, 'state'))).toBe(state);
  await expect(parts(host, 'timeline-entry').length).toBe(steps);
}

/** Searches the published answers as a visitor types the words, the portal answering `found`. */
async function searchAnswers(context: StoryContext, host: VnQaForm, words: string, found: typeof exampleAnswers): Promise<void> {
  context.msw.use(answer('searchAnswers', found));
  await userEvent.type(host.shadowRoot?.querySelector('#qa-search') as HTMLInputElement, `${words}{Enter}`);
}

/** Titles of the published answers listed. */
const answerTitles = (host: VnQaForm) => parts(host, 'answer').map((item) => textOf(item.querySelector('h3')));

async function listsAnswers(host: VnQaForm, list: typeof exampleAnswers): Promise<void> {
  await waitFor(() => expect(answerTitles(host)).toEqual(list.items.map((item) => item.title.vi)), patience);
}

const meta = {
  title: 'Elements/Q&A form',
  // Ids from the element's name, not the title's "Q&A": `node scripts/story-tests.js qa-form` finds them.
  id: 'elements-qa-form',
  component: tag,
  argTypes: argTypesFor(tag),
  args: { views: 'ask track answers' },
  render: (args) =>
    html`<vn-qa-form views=${args.views} agency=${ifDefined(args.agency)} legal-docs-url=${ifDefined(args['legal-docs-url'])} page-size=${ifDefined(args['page-size'])}
      style=${ifDefined(themeStyle(args))}></vn-qa-form>`,
  parameters: { docs: { story: { iframeHeight: 720 } } },
  // The form keeps an unsent question for the tab (sessionStorage): each story starts without one.
  beforeEach: () => {
    const forgetDrafts = () => {
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('vn-portal:qa-draft:')) sessionStorage.removeItem(key);
    };
    forgetDrafts();
    return forgetDrafts;
  },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(part(host, 'ask-form')).not.toBeNull();
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const askOnly: Pick<Story, 'args'> = { args: { views: 'ask' } };
const trackOnly: Pick<Story, 'args'> = { args: { views: 'track' } };
const answersOnly: Pick<Story, 'args'> = { args: { views: 'answers' } };

// ——— Views ———

/** Ask, track and published answers as tabs (the ARIA tabs pattern: arrow keys, Home, End). */
export const Tabbed: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    const tabs = parts(host, 'tab');
    await expect(tabs.map(textOf)).toEqual(['Đặt câu hỏi', 'Tra cứu câu hỏi', 'Câu hỏi đã trả lời']);
    await expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    tabs[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(part(host, 'track-form')).not.toBeNull());
    await expect(focused(host)?.id).toBe('qa-tab-track');
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(part(host, 'result-count')).not.toBeNull(), patience);
  },
};

/** One view alone (`views="ask"`): no tabs. The notice of what is not accepted comes first; consent is never pre-ticked. */
export const AskIndividual: Story = {
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(part(host, 'tabs')).toBeNull();
    await waitFor(() => expect(textOf(part(host, 'scope-notice'))).toContain('không tiếp nhận'));
    await expect(textOf(part(host, 'ask-form')?.querySelector('fieldset:not(.kinds) legend') ?? null)).toBe('Thông tin người hỏi');
    await expect(control(host, 'idNumber')).not.toBeNull();
    await expect(control(host, 'consent').checked).toBe(false);
  },
};

/** Asking for an organization: its representative, its name and head office. */
export const AskOrganization: Story = {
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    const organization = [...(part(host, 'kind')?.querySelectorAll('label') ?? [])].find((label) => textOf(label) === 'Tổ chức');
    await userEvent.click(organization?.querySelector('input') as HTMLInputElement);
    await waitFor(() => expect(control(host, 'organizationName')).not.toBeNull());
    await expect(control(host, 'representativeName')).not.toBeNull();
    await expect(control(host, 'idNumber')).toBeNull();
    await expect(textOf(part(host, 'ask-form')?.querySelector('fieldset:not(.kinds) legend') ?? null)).toBe('Thông tin tổ chức');
  },
};

/** Sent empty: every required field in a summary that takes the focus and links to each, and next to each field. */
export const ValidationErrors: Story = {
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await sendsEmpty(host);
    await expect(summaryEntries(host)[0]).toBe('Họ và tên: Vui lòng nhập thông tin này.');
    await expect(summaryEntries(host).length).toBe(11);
    await expect(control(host, 'fullName').getAttribute('aria-invalid')).toBe('true');
    await expect(control(host, 'fullName').getAttribute('aria-describedby')).toContain('qa-fullName-error');
    // Each entry moves the focus to its field.
    await userEvent.click(part(host, 'error-summary')?.querySelector('a[href="#qa-email"]') as HTMLAnchorElement);
    await expect(focused(host)).toBe(control(host, 'email'));
  },
};

/** The same, in English. */
export const ValidationErrorsEnglish: Story = {
  ...english,
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await sendsEmpty(host);
    await expect(summaryEntries(host)[0]).toBe('Full name: Enter this information.');
  },
};

/** Phone, email and ID number checked as the server checks them, before anything is sent. */
export const FormatErrors: Story = {
  ...english,
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await fillQuestion(host, { ...individual, phone: '12345', email: 'thu.le@example', idNumber: '0791' });
    await submit(host);
    await showsSummary(host);
    await expect(summaryEntries(host)).toEqual([
      'ID card or passport number: Enter a citizen ID of 12 digits, an ID card of 9 digits, or a passport number.',
      'Phone: Enter a Vietnamese phone number, for example 0912 345 678 or +84 263 3826 100.',
      'Email: Enter an email address, for example ten@example.com.',
    ]);
  },
};

/** The server refuses fields the form could not check: its field errors, shown the form's way. */
export const ServerRefusesFields: Story = {
  ...askOnly,
  parameters: withMockApi({ submitQuestion: fail('submitQuestion', exampleProblemValidation) }),
  play: async (context) => {
    const host = element(context);
    await askQuestion(host);
    await showsSummary(host);
    await expect(summaryEntries(host).map((entry) => entry.split(':')[0])).toEqual(['Thư điện tử', 'Nội dung câu hỏi']);
  },
};

/** Text pasted from an old TCVN3 (ABC) document: the Unicode version is offered, and taken on request. */
export const LegacyEncodingPasted: Story = {
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    const title = control(host, 'title');
    await pasteInto(title, 'QuyÕt ®Þnh vÒ viÖc c«ng bè thñ tôc hµnh chÝnh');
    await waitFor(() => expect(part(host, 'legacy-notice')).not.toBeNull(), patience);
    await expect(textOf(part(host, 'legacy-notice'))).toContain('Quyết định về việc công bố thủ tục hành chính');
    await expect(title.getAttribute('aria-describedby')).toContain('qa-title-legacy');
    await userEvent.click(part(host, 'convert-button') as HTMLButtonElement);
    await waitFor(() => expect(title.value).toBe('Quyết định về việc công bố thủ tục hành chính'));
    await expect(focused(host)).toBe(title);
  },
};

/** Text pasted in VNI: recognised as such; "Keep my text" leaves it as pasted. */
export const LegacyEncodingKept: Story = {
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    const content = control(host, 'content');
    const pasted = 'Xin hoûi thuû tuïc caáp giaáy pheùp xaây döïng';
    await pasteInto(content, pasted);
    await waitFor(() => expect(textOf(part(host, 'legacy-notice'))).toContain('VNI'), patience);
    await expect(textOf(part(host, 'legacy-notice'))).toContain('Xin hỏi thủ tục cấp giấy phép xây dựng');
    const keep = [...(part(host, 'legacy-notice')?.querySelectorAll('button') ?? [])].find((button) => button !== part(host, 'convert-button'));
    await userEvent.click(keep as HTMLButtonElement);
    await waitFor(() => expect(part(host, 'legacy-notice')).toBeNull());
    await expect(content.value).toBe(pasted);
    await expect(focused(host)).toBe(content);
  },
};

/** Published answers like the title being typed, offered before the visitor asks again. */
export const SimilarAnswers: Story = {
  ...askOnly,
  parameters: withMockApi({ searchAnswers: answer('searchAnswers', exampleAnswersBuildingPermit) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await userEvent.type(control(host, 'title'), 'giấy phép xây dựng');
    await waitFor(() => expect(parts(host, 'similar-answer').length).toBe(1), patience);
    await expect(textOf(part(host, 'similar-answer'))).toContain(exampleAnswersBuildingPermit.items[0]?.title.vi ?? '');
  },
};

/** An unsent question comes back after a reload (here: a new element), the ID number excepted; "Start again" empties it. */
export const DraftRestored: Story = {
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await userEvent.type(control(host, 'fullName'), individual.fullName);
    await userEvent.type(control(host, 'idNumber'), individual.idNumber);
    const reloaded = document.createElement(tag);
    reloaded.views = 'ask';
    host.replaceWith(reloaded);
    await loaded(reloaded);
    await waitFor(() => expect(part(reloaded, 'draft-notice')).not.toBeNull());
    await expect(control(reloaded, 'fullName').value).toBe(individual.fullName);
    await expect(control(reloaded, 'idNumber').value).toBe('');
    await userEvent.click(part(reloaded, 'discard-button') as HTMLButtonElement);
    await waitFor(() => expect(control(reloaded, 'fullName').value).toBe(''));
    await expect(part(reloaded, 'draft-notice')).toBeNull();
  },
};

/** Sending (the bot check, then the question): the button says so and takes no second click. */
export const Submitting: Story = {
  ...askOnly,
  parameters: withMockApi({ submitQuestion: hang('submitQuestion') }),
  play: async (context) => {
    const host = element(context);
    await askQuestion(host);
    await waitFor(() => expect(textOf(part(host, 'submit-button'))).toBe('Đang gửi…'), patience);
    await expect(part(host, 'submit-button')?.getAttribute('aria-disabled')).toBe('true');
  },
};

/** The question could not be sent (offline): said in an alert, and the text kept for the retry. */
export const SubmitFails: Story = {
  ...askOnly,
  parameters: withMockApi({ submitQuestion: fail('submitQuestion', 'network') }),
  play: async (context) => {
    const host = element(context);
    await askQuestion(host);
    await waitFor(() => expect(part(host, 'submit-error')?.getAttribute('role')).toBe('alert'), patience);
    await expect(control(host, 'content').value).toBe(question.content);
  },
};

/** Received: the tracking code to copy, the due date (15 working days), what happens next. The receipt takes the focus. */
export const Submitted: Story = {
  ...askOnly,
  play: async (context) => {
    const host = element(context);
    await askQuestion(host);
    await waitFor(() => expect(focused(host)).toBe(part(host, 'receipt')), patience);
    await expect(textOf(part(host, 'tracking-code'))).toBe(exampleQuestionReceipt.trackingCode);
    await expect(textOf(part(host, 'due-date'))).toContain('22/12/2026');
    await expect(part(host, 'track-this-button')).toBeNull();
  },
};

/** From the receipt to the tracking tab, the code filled in and the focus on the contact. */
export const SubmittedThenTracked: Story = {
  play: async (context) => {
    const host = element(context);
    await askQuestion(host);
    await waitFor(() => expect(part(host, 'track-this-button')).not.toBeNull(), patience);
    await userEvent.click(part(host, 'track-this-button') as HTMLButtonElement);
    await waitFor(() => expect(focused(host)).toBe(control(host, 'contact')));
    await expect(control(host, 'trackingCode').value).toBe(exampleQuestionReceipt.trackingCode);
    await userEvent.type(control(host, 'contact'), `${individual.email}{Enter}`);
    await showsStatus(host, 'Đã tiếp nhận', 1);
  },
};

// ——— Tracking ———

/** A question looked up in the given state: its state, its steps and what goes with them. */
const tracked = (status: QuestionStatus, state: string, then?: (host: VnQaForm) => Promise<void>): Story => ({
  ...trackOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await track(host, status.trackingCode);
    await showsStatus(host, state, status.timeline.length);
    await then?.(host);
  },
});

/** Just received: the due date of the answer. */
export const TrackReceived = tracked(exampleQuestionReceived, 'Đã tiếp nhận', async (host) => {
  await expect(textOf(part(host, 'status'))).toContain('22/12/2026');
});

/** Classified by the editorial board. */
export const TrackClassified = tracked(exampleQuestionClassified, 'Ban biên tập đã phân loại');

/** Forwarded to the competent agency, with the board's note. */
export const TrackForwarded = tracked(exampleQuestionForwarded, 'Đã chuyển cơ quan có thẩm quyền', async (host) => {
  await expect(textOf(parts(host, 'timeline-entry')[2] ?? null)).toContain('Sở Xây dựng');
});

/** Answered: the answer, its agency and the documents it cites. */
export const TrackAnswered = tracked(exampleQuestionAnswered, 'Đã trả lời', async (host) => {
  await waitFor(() => expect(textOf(part(host, 'answer-content'))).toContain('Điều 95 Luật Xây dựng'));
  await expect(part(host, 'cited-documents')?.querySelectorAll('li').length).toBe(2);
});

/** Answered and published: the whole history. */
export const TrackPublished = tracked(exampleQuestionPublished, 'Đã trả lời và đăng công khai');

/** Not accepted (a complaint): the reason. */
export const TrackRejected = tracked(exampleQuestionRejected, 'Không tiếp nhận', async (host) => {
  await expect(textOf(part(host, 'rejection-reason'))).toBe(exampleQuestionRejected.rejectionReason?.vi);
});

/** A rejected question on an English page: the reason in English. */
export const TrackRejectedEnglish: Story = {
  ...english,
  ...tracked(exampleQuestionRejected, 'Not accepted', async (host) => {
    await expect(textOf(part(host, 'rejection-reason'))).toBe(exampleQuestionRejected.rejectionReason?.en);
  }),
};

/** An unknown code, or a contact that does not match: said the same way. */
export const TrackNotFound: Story = {
  ...trackOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await track(host, 'HD-2026-KHONGCO1');
    await waitFor(() => expect(textOf(part(host, 'track-error'))).toBe('Không tìm thấy câu hỏi với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại.'), patience);
  },
};

/** Looked up with nothing typed: both fields asked for. */
export const TrackValidationErrors: Story = {
  ...trackOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await userEvent.click(part(host, 'track-button') as HTMLButtonElement);
    await showsSummary(host);
    await expect(summaryEntries(host).length).toBe(2);
  },
};

// ——— Published answers ———

/** The published answers: each question with its topic, agency, date, answer and cited documents; the disclaimer. */
export const Answers: Story = {
  ...answersOnly,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await listsAnswers(host, exampleAnswers);
    await expect(textOf(part(host, 'result-count'))).toBe('Số câu trả lời tìm thấy: 4');
    const details = part(host, 'answer-details') as HTMLDetailsElement;
    await userEvent.click(details.querySelector('summary') as HTMLElement);
    await expect(details.open).toBe(true);
    await waitFor(() => expect(textOf(part(host, 'answer-content'))).toContain('Điều 95 Luật Xây dựng'));
  },
};

/** With `legal-docs-url`, cited documents in the register link to its page. */
export const AnswersLinkingDocuments: Story = {
  args: { views: 'answers', 'legal-docs-url': '/van-ban?vb-doc={id}' },
  play: async (context) => {
    const host = element(context);
    await listsAnswers(host, exampleAnswers);
    const links = [...(host.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[part~="cited-documents"] a') ?? [])];
    await expect(links.map((anchor) => anchor.getAttribute('href'))).toEqual(['/van-ban?vb-doc=42-2022-nd-cp', '/van-ban?vb-doc=10-2024-qd-ubnd']);
  },
};

/** A search without diacritics: the count announced. */
export const AnswersSearch: Story = {
  ...answersOnly,
  play: async (context) => {
    const host = element(context);
    await listsAnswers(host, exampleAnswers);
    await searchAnswers(context, host, 'giay phep xay dung', exampleAnswersBuildingPermit);
    await listsAnswers(host, exampleAnswersBuildingPermit);
    await expect(textOf(part(host, 'result-count'))).toBe('Số câu trả lời tìm thấy: 1');
  },
};

/** A search that finds nothing. */
export const AnswersNoMatch: Story = {
  ...answersOnly,
  play: async (context) => {
    const host = element(context);
    await listsAnswers(host, exampleAnswers);
    await searchAnswers(context, host, 'ho chieu', exampleAnswersNone);
    await waitFor(() => expect(textOf(part(host, 'empty'))).toBe('Không có câu trả lời nào phù hợp với nội dung tìm kiếm.'), patience);
  },
};

/** Nothing published yet. */
export const AnswersEmpty: Story = {
  ...answersOnly,
  parameters: withMockApi({ searchAnswers: answer('searchAnswers', exampleAnswersNone) }),
  play: async (context) => {
    const host = element(context);
    await waitFor(() => expect(textOf(part(host, 'empty'))).toBe('Chưa có câu trả lời nào được đăng.'), patience);
  },
};

/** Two answers a page: the next page, the focus on the count. */
export const AnswersPagination: Story = {
  args: { views: 'answers', 'page-size': 2 },
  parameters: withMockApi({ searchAnswers: answer('searchAnswers', exampleAnswersPage1) }),
  play: async (context) => {
    const host = element(context);
    await listsAnswers(host, exampleAnswersPage1);
    context.msw.use(answer('searchAnswers', exampleAnswersPage2));
    const next = parts(host, 'page-button').find((button) => textOf(button) === 'Trang sau');
    await userEvent.click(next as HTMLButtonElement);
    await listsAnswers(host, exampleAnswersPage2);
    await waitFor(() => expect(focused(host)).toBe(part(host, 'result-count')));
  },
};

/** The answers in English; a district's answer with no English version is marked `lang="vi"`. */
export const AnswersEnglish: Story = {
  ...english,
  ...answersOnly,
  play: async (context) => {
    const host = element(context);
    await waitFor(() => expect(textOf(part(host, 'result-count'))).toBe('Answers found: 4'), patience);
    await expect(answerTitles(host)[0]).toBe(exampleAnswers.items[0]?.title.en);
    await marksVietnameseFallback(host);
  },
};

/** Long questions in a 240px sidebar: everything wraps. */
export const AnswersNarrow: Story = {
  ...narrow,
  ...answersOnly,
  play: async (context) => {
    const host = element(context);
    await listsAnswers(host, exampleAnswers);
    await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
  },
};

// ——— Another province, language, page ———

/** A district that publishes in Vietnamese only, on an English page: its notices in Vietnamese, marked `lang="vi"`; individuals only, no ID number. */
export const MissingEnglish: Story = {
  ...english,
  ...askOnly,
  parameters: withMockApi({ getQaFormConfig: answer('getQaFormConfig', exampleQaFormConfigVietnameseOnly) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await waitFor(() => expect(textOf(part(host, 'scope-notice'))).toBe('Không tiếp nhận đơn khiếu nại, tố cáo.'));
    await marksVietnameseFallback(host);
    await expect(part(host, 'kind')).toBeNull();
    await expect(control(host, 'idNumber')).toBeNull();
    await expect(control(host, 'agency')).toBeNull();
  },
};

/** The whole element in English. */
export const English: Story = {
  ...english,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(parts(host, 'tab').map(textOf)).toEqual(['Ask a question', 'Track a question', 'Published answers']);
  },
};

/** The ask form in a 240px sidebar: long agency names, the tabs and the fields wrap. */
export const Narrow: Story = {
  ...narrow,
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
  },
};

/** On a wide page. */
export const Wide: Story = { ...wide };

/** On a page that declares a dark colour scheme, with the error summary showing. */
export const Dark: Story = { ...dark, ...askOnly, play: ValidationErrors.play };

/** In forced-colours mode (Windows High Contrast), with the error summary showing. */
export const ForcedColours: Story = { ...forcedColours, ...askOnly, play: ValidationErrors.play };

/** Themed with the documented custom properties only (try the controls). */
export const Themed: Story = {
  args: { '--vn-color-accent': '#a4161a', '--vn-color-border': '#a4161a', '--vn-color-surface': '#fff8f0', '--vn-radius': '0', '--vn-gap': '0.75rem' },
};

const states = dataStates(tag, 'getQaFormConfig', exampleQaFormConfig);
export const Loading: Story = states.loading;
export const ServerError: Story = states.serverError;
export const NetworkError: Story = states.networkError;
export const UnreadableAnswer: Story = states.unreadableAnswer;
export const RetryRecovers: Story = states.retryRecovers;
export const NoApiConfigured: Story = states.noApiConfigured;

/** The published answers failing to load, inside the tab: their own error with Retry, the tabs still there. */
export const AnswersError: Story = {
  ...answersOnly,
  parameters: withMockApi({ searchAnswers: fail('searchAnswers', 'network') }),
  play: async (context) => {
    const host = element(context);
    await waitFor(() => expect(part(host, 'retry-button')).not.toBeNull(), patience);
    await settled(host);
    await expect(part(host, 'error')?.getAttribute('role')).toBe('alert');
  },
};
