import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { LegalDocsMode, VnLegalDocs } from '@vn-portal/elements';
import '@vn-portal/elements/vn-legal-docs.js';
import {
  exampleDraftClosed,
  exampleDraftOpen,
  exampleDraftSearch,
  exampleDraftUpcoming,
  exampleLegalDocument,
  exampleLegalDocumentAmendment,
  exampleLegalDocumentLongText,
  exampleLegalDocumentReplaced,
  exampleLegalDocumentSearch,
  exampleLegalDocumentSearchDecisions,
  exampleLegalDocumentSearchLatest,
  exampleLegalDocumentSearchLongText,
  exampleLegalDocumentSearchNone,
  exampleLegalDocumentSearchPage1,
  exampleLegalDocumentSearchPage2,
  exampleLegalDocumentSearchPortal,
  exampleProblemCommentWindowClosed,
  exampleProblemUnavailable,
} from '@vn-portal/schema/examples';
import type { LegalDocumentSearchResult } from '@vn-portal/schema';
import { answer, fail, hang, withMockApi } from './mocks/index.js';
import { argTypesFor, themeStyle, type ThemeArgs } from './support/manifest.js';
import { dark, english, forcedColours, narrow, wide } from './support/page.js';
import { loaded, marksVietnameseFallback, part, parts, settled, storyElement, textOf } from './support/play.js';
import { dataStates } from './support/states.js';

type Args = ThemeArgs & {
  mode: LegalDocsMode;
  agency?: string;
  type?: string;
  issuer?: string;
  field?: string;
  year?: string;
  status?: string;
  'page-size'?: number;
  'sync-url'?: string;
  'url-prefix'?: string;
};

const tag = 'vn-legal-docs';
const register = (canvasElement: HTMLElement) => storyElement(canvasElement, tag);
const element = ({ canvasElement }: StoryContext) => register(canvasElement);

/** The listed documents as the register names them: "Quyết định 10/2024/QĐ-UBND". */
const titles = (host: VnLegalDocs) => parts(host, 'result').map((result) => textOf(result.querySelector('a')));

/** Waits until the list shows exactly the documents of this answer of the API (each title ends with its number). */
async function lists(host: VnLegalDocs, result: LegalDocumentSearchResult): Promise<void> {
  const numbers = result.items.map((doc) => doc.number);
  const shown = () => titles(host).map((title, index) => (title.endsWith(numbers[index] ?? '') ? numbers[index] : title));
  await waitFor(() => expect(shown()).toEqual(numbers), { timeout: 15_000 });
  await settled(host);
}

const link = (host: VnLegalDocs, text: string) => [...(host.shadowRoot?.querySelectorAll('a') ?? [])].find((anchor) => textOf(anchor) === text);
const facet = (host: VnLegalDocs, name: string) => parts(host, 'facet').find((details) => textOf(details.querySelector('summary')) === name) as HTMLDetailsElement | undefined;
const field = (host: VnLegalDocs, name: string) => host.shadowRoot?.querySelector<HTMLInputElement>(`#c-${name}`) as HTMLInputElement;
/** The open document's fields, as label → text. */
const metadata = (host: VnLegalDocs) =>
  Object.fromEntries([...(part(host, 'metadata')?.querySelectorAll('div') ?? [])].map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]));

/** Opens the document whose link (a result, a relation) says `text`, and waits for it. */
async function open(host: VnLegalDocs, text: string): Promise<void> {
  const anchor = link(host, text);
  await expect(anchor).toBeDefined();
  await userEvent.click(anchor as HTMLAnchorElement);
  await waitFor(() => expect(part(host, 'title')).not.toBeNull(), { timeout: 15_000 });
  await settled(host);
}

/** Waits for the open document, named as the register names it. */
async function showsDocument(host: VnLegalDocs, name: string): Promise<void> {
  await waitFor(() => expect(textOf(part(host, 'title'))).toBe(name), { timeout: 15_000 });
  await settled(host);
}

// The element keeps its view in the page's URL. The preview's URL outlives a story in Storybook,
// so each story starts from a URL without the register's parameters, and leaves none behind.
const registerParameters = /^(vb|dt|vbm)-/;
function setRegisterUrl(params: Record<string, string> = {}): void {
  const url = new URL(location.href);
  for (const name of [...url.searchParams.keys()]) if (registerParameters.test(name)) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

/** The page is opened from a link that carries the register's view (a shared link, a reload, Back). */
const fromLink = (params: Record<string, string>): Pick<Story, 'beforeEach'> => ({
  beforeEach: () => {
    setRegisterUrl(params);
  },
});

const meta = {
  title: 'Elements/Legal documents',
  // Ids from the element's name: `node scripts/story-tests.js legal-docs` finds them.
  id: 'elements-legal-docs',
  component: tag,
  argTypes: argTypesFor(tag),
  args: { mode: 'search' },
  render: (args) =>
    html`<vn-legal-docs mode=${args.mode} agency=${ifDefined(args.agency)} type=${ifDefined(args.type)} issuer=${ifDefined(args.issuer)} field=${ifDefined(args.field)}
      year=${ifDefined(args.year)} status=${ifDefined(args.status)} page-size=${ifDefined(args['page-size'])} sync-url=${ifDefined(args['sync-url'])}
      url-prefix=${ifDefined(args['url-prefix'])} style=${ifDefined(themeStyle(args))}></vn-legal-docs>`,
  parameters: { docs: { story: { iframeHeight: 640 } } },
  beforeEach: () => {
    setRegisterUrl();
    return () => {
      setRegisterUrl();
    };
  },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await lists(host, exampleLegalDocumentSearch);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

// ——— Search ———

/** The register: search box, facets with counts, sort, and each document with its number, summary, date, issuer, validity and files. */
export const Search: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await lists(host, exampleLegalDocumentSearch);
    await expect(textOf(part(host, 'count'))).toBe('Tìm thấy 6 văn bản.');
    await expect(titles(host)[2]).toBe('Quyết định 10/2024/QĐ-UBND');
    await expect(parts(host, 'facet').map((details) => textOf(details.querySelector('summary')))).toEqual([
      'Loại văn bản',
      'Cơ quan ban hành',
      'Lĩnh vực',
      'Năm ban hành',
      'Tình trạng hiệu lực',
    ]);
    await expect(textOf(parts(host, 'attachments')[1] ?? null)).toContain('đã ký số');
  },
};

/** A search typed without diacritics, sent with Enter: the count is announced, the query kept in the URL. */
export const SearchResults: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    context.msw.use(answer('searchLegalDocuments', exampleLegalDocumentSearchPortal));
    const box = host.shadowRoot?.querySelector<HTMLInputElement>('#q') as HTMLInputElement;
    await userEvent.type(box, 'quyet dinh cong thong tin{Enter}');
    await lists(host, exampleLegalDocumentSearchPortal);
    await expect(textOf(part(host, 'count'))).toBe('Tìm thấy 3 văn bản.');
    await expect(new URL(location.href).searchParams.get('vb-q')).toBe('quyet dinh cong thong tin');
  },
};

/** The facets open, a type ticked: its count stays, the other facets narrow, the filter shows as a removable chip. */
export const FilteredByType: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    context.msw.use(answer('searchLegalDocuments', exampleLegalDocumentSearchDecisions));
    const types = facet(host, 'Loại văn bản') as HTMLDetailsElement;
    await userEvent.click(types.querySelector('summary') as HTMLElement);
    const decision = [...types.querySelectorAll('label')].find((label) => textOf(label).startsWith('Quyết định ('));
    await expect(textOf(decision ?? null)).toBe('Quyết định (3)');
    await userEvent.click(decision?.querySelector('input') as HTMLInputElement);
    await lists(host, exampleLegalDocumentSearchDecisions);
    await expect(textOf(part(host, 'active-filters'))).toContain('Quyết định');
    await expect(new URL(location.href).searchParams.getAll('vb-type')).toEqual(['decision']);
  },
};

/** Opened from a shared link with a filter: the same view, the facet open with its value ticked. */
export const FilteredFromLink: Story = {
  ...fromLink({ 'vb-type': 'decision' }),
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchDecisions) }),
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleLegalDocumentSearchDecisions);
    await expect(facet(host, 'Loại văn bản')?.open).toBe(true);
    await expect(part(host, 'active-filters')).not.toBeNull();
  },
};

/** Scoped by attributes (`type="decision"`): a one-value scope hides its facet. */
export const ScopedByAttribute: Story = {
  args: { type: 'decision' },
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchDecisions) }),
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleLegalDocumentSearchDecisions);
    await expect(facet(host, 'Loại văn bản')).toBeUndefined();
    await expect(part(host, 'active-filters')).toBeNull();
  },
};

/** Nothing matches: the count says so, a suggestion, and the filters in use as buttons that remove them. */
export const NoResults: Story = {
  ...fromLink({ 'vb-q': 'giấy phép lái xe', 'vb-type': 'circular' }),
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchNone) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(textOf(part(host, 'count'))).toBe('Không tìm thấy văn bản nào.');
    await expect(textOf(part(host, 'empty'))).toBe('Hãy thử bớt từ khóa hoặc bỏ bớt bộ lọc.');
    await expect(textOf(part(host, 'active-filters'))).toContain('Bỏ lọc: Thông tư');
    // Removing the filter brings results back, and the focus to their count.
    context.msw.use(answer('searchLegalDocuments', exampleLegalDocumentSearchPortal));
    await userEvent.click(part(host, 'active-filters')?.querySelector('button') as HTMLButtonElement);
    await lists(host, exampleLegalDocumentSearchPortal);
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(part(host, 'count')));
  },
};

/** Nothing published yet: the count says so, with no suggestion (nothing to remove). */
export const EmptyRegister: Story = {
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchNone) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(textOf(part(host, 'count'))).toBe('Không tìm thấy văn bản nào.');
    await expect(part(host, 'empty')).toBeNull();
  },
};

/** Two documents a page: "Next page" loads page 2, into the URL, the focus on the count. */
export const Pagination: Story = {
  args: { 'page-size': 2 },
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchPage1) }),
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleLegalDocumentSearchPage1);
    await expect(textOf(part(host, 'pagination'))).toContain('Trang 1/3');
    context.msw.use(answer('searchLegalDocuments', exampleLegalDocumentSearchPage2));
    await userEvent.click(link(host, 'Trang sau') as HTMLAnchorElement);
    await lists(host, exampleLegalDocumentSearchPage2);
    await expect(textOf(part(host, 'pagination'))).toContain('Trang 2/3');
    await expect(new URL(location.href).searchParams.get('vb-page')).toBe('2');
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(part(host, 'count')));
  },
};

// ——— A document ———

/** A document with every field of the national register, related documents both ways, files, and its citation. */
export const Document: Story = {
  ...fromLink({ 'vb-doc': exampleLegalDocument.id }),
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, 'Quyết định 10/2024/QĐ-UBND');
    await expect(metadata(host)).toMatchObject({ 'Số ký hiệu': '10/2024/QĐ-UBND', 'Ngày ban hành': '15/03/2024', 'Số công báo': '15+16' });
    await expect(part(host, 'relations')?.querySelectorAll('a').length).toBe(3);
    await expect(textOf(part(host, 'relations'))).toContain('77/2015/QH13');
    await expect(part(host, 'attachments')?.querySelectorAll('li').length).toBe(2);
    await expect(textOf(part(host, 'citation'))).toContain('Quyết định số 10/2024/QĐ-UBND');
  },
};

/** From the list to a document, on to a related one, and back: each view's link takes the focus back. */
export const DocumentAndRelations: Story = {
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleLegalDocumentSearch);
    await open(host, 'Quyết định 10/2024/QĐ-UBND');
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(part(host, 'title')));
    await open(host, '05/2019/QĐ-UBND');
    await showsDocument(host, 'Quyết định 05/2019/QĐ-UBND');
    await expect(metadata(host)['Tình trạng hiệu lực']).toBe('Hết hiệu lực toàn bộ');
    await expect(metadata(host)['Ngày hết hiệu lực']).toBe('25/03/2024');
    await userEvent.click(link(host, '← Quay lại danh sách') as HTMLAnchorElement);
    await lists(host, exampleLegalDocumentSearch);
  },
};

/** A document in English: the register's labels and the document's English text. */
export const DocumentEnglish: Story = {
  ...english,
  ...fromLink({ 'vb-doc': exampleLegalDocument.id }),
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, 'Decision 10/2024/QĐ-UBND');
    await expect(metadata(host)).toMatchObject({ Number: '10/2024/QĐ-UBND', 'Signed by': 'Hoàng Minh Tuấn, Chairman' });
    await expect(textOf(part(host, 'relations'))).toContain('Replaces');
  },
};

/** A document with no English version, on an English page: shown in Vietnamese, marked `lang="vi"`. */
export const DocumentMissingEnglish: Story = {
  ...english,
  ...fromLink({ 'vb-doc': exampleLegalDocumentAmendment.id }),
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, 'Decision 25/2026/QĐ-UBND');
    await marksVietnameseFallback(host);
  },
};

/** The search in English, with one document that has no English summary. */
export const SearchEnglish: Story = {
  ...english,
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleLegalDocumentSearch);
    await expect(textOf(part(host, 'count'))).toBe('6 documents found.');
    await marksVietnameseFallback(host);
  },
};

/** A document missing from the register (an old link). */
export const DocumentNotFound: Story = {
  ...fromLink({ 'vb-doc': 'van-ban-da-go' }),
  play: async (context) => {
    const host = element(context);
    await waitFor(() => expect(textOf(part(host, 'empty'))).toBe('Không có văn bản này trong cơ sở dữ liệu văn bản.'), { timeout: 15_000 });
    await expect(part(host, 'back-link')).not.toBeNull();
  },
};

/** The document could not be loaded: the error with Retry, under the link back to the list. */
export const DocumentError: Story = {
  ...fromLink({ 'vb-doc': exampleLegalDocument.id }),
  parameters: withMockApi({ getLegalDocument: fail('getLegalDocument', exampleProblemUnavailable) }),
  play: async (context) => {
    const host = element(context);
    await waitFor(() => expect(part(host, 'retry-button')).not.toBeNull(), { timeout: 15_000 });
    await expect(part(host, 'error')?.getAttribute('role')).toBe('alert');
    await expect(part(host, 'back-link')).not.toBeNull();
  },
};

/** The document loading: its placeholder. */
export const DocumentLoading: Story = {
  ...fromLink({ 'vb-doc': exampleLegalDocument.id }),
  parameters: withMockApi({ getLegalDocument: hang('getLegalDocument') }),
  play: async (context) => {
    const host = element(context);
    await host.updateComplete;
    await expect(part(host, 'base')?.getAttribute('aria-busy')).toBe('true');
    await expect(part(host, 'skeleton')).not.toBeNull();
  },
};

/** An expired document, replaced: its expiry date and the document that replaced it. */
export const DocumentExpired: Story = {
  ...fromLink({ 'vb-doc': exampleLegalDocumentReplaced.id }),
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, 'Quyết định 05/2019/QĐ-UBND');
    await expect(textOf(part(host, 'relations'))).toContain('10/2024/QĐ-UBND');
    await expect(textOf(part(host, 'badge'))).toBe('Hết hiệu lực toàn bộ');
  },
};

// ——— Latest ———

/** `mode="latest"`: the newest documents, compact, for a sidebar. */
export const Latest: Story = {
  ...narrow,
  args: { mode: 'latest' },
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchLatest) }),
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleLegalDocumentSearchLatest);
    await expect(part(host, 'search')).toBeNull();
    await expect(part(host, 'filters')).toBeNull();
  },
};

/** `mode="latest"` with nothing published yet. */
export const LatestEmpty: Story = {
  args: { mode: 'latest' },
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchNone) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(textOf(part(host, 'empty'))).toBe('Chưa có văn bản nào được đăng tải.');
  },
};

// ——— Drafts ———

const draftsMode: Pick<Story, 'args'> = { args: { mode: 'drafts' } };
/** Drafts mode, opened on the draft open for comment. */
const onOpenDraft: Pick<Story, 'args' | 'beforeEach'> = { ...draftsMode, ...fromLink({ 'dt-doc': exampleDraftOpen.id }) };

/** `mode="drafts"`: drafts for public comment, each with its period — not yet open, open with days left, closed. */
export const Drafts: Story = {
  ...draftsMode,
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleDraftSearch);
    await expect(parts(host, 'badge').map(textOf)).toEqual(['Chưa đến thời gian lấy ý kiến', 'Đang lấy ý kiến', 'Đã hết thời gian lấy ý kiến']);
  },
};

/** A draft open for comment: the deadline, the published comments, and the comment form. */
export const DraftOpenForComment: Story = {
  ...onOpenDraft,
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, exampleDraftOpen.number);
    await expect(part(host, 'comment-form')).not.toBeNull();
    await expect(part(host, 'comments')?.querySelectorAll('li').length).toBe(2);
    await expect(part(host, 'citation')).toBeNull();
  },
};

/** A draft whose comment period has not begun: when it opens, and no form. */
export const DraftNotYetOpen: Story = {
  ...draftsMode,
  ...fromLink({ 'dt-doc': exampleDraftUpcoming.id }),
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, exampleDraftUpcoming.number);
    await expect(part(host, 'comment-form')).toBeNull();
    await expect(textOf(part(host, 'document'))).toContain('Chưa đến thời gian lấy ý kiến');
  },
};

/** A draft whose comment period has closed: its comments stay, no form. */
export const DraftClosed: Story = {
  ...draftsMode,
  ...fromLink({ 'dt-doc': exampleDraftClosed.id }),
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, exampleDraftClosed.number);
    await expect(part(host, 'comment-form')).toBeNull();
    await expect(part(host, 'comments')?.querySelectorAll('li').length).toBe(2);
  },
};

/** Sent empty, then with a malformed address: each problem next to its field and in a summary that takes the focus. */
export const CommentValidationErrors: Story = {
  ...onOpenDraft,
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, exampleDraftOpen.number);
    await userEvent.type(field(host, 'email'), 'lan.nguyen@example');
    await userEvent.click(part(host, 'submit-button') as HTMLButtonElement);
    const summary = () => [...(part(host, 'error-summary')?.querySelectorAll('li') ?? [])].map(textOf);
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(part(host, 'error-summary')));
    await expect(summary()).toEqual([
      'Vui lòng nhập họ và tên.',
      'Vui lòng nhập địa chỉ thư điện tử, ví dụ ten@example.com.',
      'Vui lòng nhập nội dung góp ý.',
      'Vui lòng đánh dấu vào ô đồng ý.',
    ]);
    await expect(['name', 'email', 'organization', 'content', 'consent'].map((name) => field(host, name).getAttribute('aria-invalid'))).toEqual(['true', 'true', 'false', 'true', 'true']);
  },
};

/** Fills in the comment form as a visitor does. */
async function fillComment(host: VnLegalDocs): Promise<void> {
  await userEvent.type(field(host, 'name'), 'Võ Thị Mỹ Duyên');
  await userEvent.type(field(host, 'email'), 'duyen.vo@example.com');
  await userEvent.type(field(host, 'content'), 'Đề nghị quy định rõ thời hạn phản hồi yêu cầu chia sẻ dữ liệu.');
  await userEvent.click(field(host, 'consent'));
}

/** Opens on the open draft, fills in the comment form and sends it. */
async function sendComment(host: VnLegalDocs): Promise<void> {
  await showsDocument(host, exampleDraftOpen.number);
  await fillComment(host);
  await userEvent.click(part(host, 'submit-button') as HTMLButtonElement);
}

/** A comment taken (after the bot check): the thanks, waiting for moderation, takes the focus. */
export const CommentSubmitted: Story = {
  ...onOpenDraft,
  play: async (context) => {
    const host = element(context);
    await sendComment(host);
    await waitFor(() => expect(part(host, 'comment-receipt')).not.toBeNull(), { timeout: 15_000 });
    await expect(textOf(part(host, 'comment-receipt'))).toBe('Cảm ơn bạn, góp ý đã được tiếp nhận và sẽ được công khai sau khi kiểm duyệt.');
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(part(host, 'comment-receipt')));
  },
};

/** Sending: the button says so and takes no second click. */
export const CommentSending: Story = {
  ...onOpenDraft,
  parameters: withMockApi({ submitDraftComment: hang('submitDraftComment') }),
  play: async (context) => {
    const host = element(context);
    await sendComment(host);
    await waitFor(() => expect(part(host, 'submit-button')?.getAttribute('aria-disabled')).toBe('true'));
    await expect(textOf(part(host, 'submit-button'))).toBe('Đang gửi…');
  },
};

/** The period closed while the visitor wrote: the comment is refused, what was written stays. */
export const CommentPeriodClosedMeanwhile: Story = {
  ...english,
  ...onOpenDraft,
  parameters: withMockApi({ submitDraftComment: fail('submitDraftComment', exampleProblemCommentWindowClosed) }),
  play: async (context) => {
    const host = element(context);
    await sendComment(host);
    await waitFor(() => expect(textOf(part(host, 'problem'))).toBe('Comment period closed'), { timeout: 15_000 });
    await expect(field(host, 'name').value).toBe('Võ Thị Mỹ Duyên');
  },
};

/** Sending failed (offline): the message, and what was written stays for the retry. */
export const CommentSendFails: Story = {
  ...onOpenDraft,
  parameters: withMockApi({ submitDraftComment: fail('submitDraftComment', 'network') }),
  play: async (context) => {
    const host = element(context);
    await sendComment(host);
    await waitFor(() => expect(textOf(part(host, 'problem'))).not.toBe(''), { timeout: 15_000 });
    await expect(field(host, 'content').value).toContain('thời hạn phản hồi');
  },
};

// ——— Page, language, theme ———

/** Summaries as long as real ones, a file name with no space, in a 240px sidebar: everything wraps. */
export const LongTextNarrow: Story = {
  ...narrow,
  parameters: withMockApi({ searchLegalDocuments: answer('searchLegalDocuments', exampleLegalDocumentSearchLongText) }),
  play: async (context) => {
    const host = element(context);
    await lists(host, exampleLegalDocumentSearchLongText);
    await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
  },
};

/** A long document, open in a 240px sidebar. */
export const DocumentLongTextNarrow: Story = {
  ...narrow,
  ...fromLink({ 'vb-doc': exampleLegalDocumentLongText.id }),
  play: async (context) => {
    const host = element(context);
    await showsDocument(host, 'Quyết định 1234/QĐ-UBND');
    await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
  },
};

/** The search in a sidebar: the facets above the results. */
export const Narrow: Story = { ...narrow };

/** A wide page: the facets beside the results. */
export const Wide: Story = { ...wide };

/** On a page that declares a dark colour scheme. */
export const Dark: Story = { ...dark };

/** In forced-colours mode (Windows High Contrast): badges and focus in system colours. */
export const ForcedColours: Story = { ...forcedColours };

/** Drafts in forced-colours mode: comment-period badges. */
export const DraftsForcedColours: Story = { ...forcedColours, ...draftsMode, play: Drafts.play };

/** Themed with the documented custom properties only (try the controls). */
export const Themed: Story = {
  args: {
    '--vn-color-accent': '#a4161a',
    '--vn-color-border': '#d8b4b4',
    '--vn-color-surface': '#fff8f0',
    '--vn-radius': '0',
    '--vn-gap': '0.5rem',
    '--vn-legal-docs-filters-width': '12rem',
  },
};

const states = dataStates(tag, 'searchLegalDocuments', exampleLegalDocumentSearch);
export const Loading: Story = states.loading;
export const ServerError: Story = states.serverError;
export const NetworkError: Story = states.networkError;
export const UnreadableAnswer: Story = states.unreadableAnswer;
export const RetryRecovers: Story = states.retryRecovers;
export const NoApiConfigured: Story = states.noApiConfigured;
