import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { VnCopyDetail } from '@vn-portal/elements';
import '@vn-portal/elements/vn-source-credit.js';
import { examplePortal, examplePortalVietnameseOnly } from '@vn-portal/schema/examples';
import { answer, withMockApi } from './mocks/index.js';
import { argTypesFor, themeStyle, type ThemeArgs } from './support/manifest.js';
import { dark, english, forcedColours, narrow, noApiConfigured } from './support/page.js';
import { loaded, marksVietnameseFallback, part, storyElement, textOf } from './support/play.js';
import { dataStates } from './support/states.js';

type Args = ThemeArgs & {
  author?: string;
  'source-title'?: string;
  'source-url'?: string;
  date?: string;
  for?: string;
  wording?: string;
  'portal-url'?: string;
};

const tag = 'vn-source-credit';
const credit = (canvasElement: HTMLElement) => storyElement(canvasElement, tag);

/** Shows this credit line, once loaded. */
const showsLine =
  (line: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = credit(canvasElement);
    await loaded(element);
    await expect(textOf(part(element, 'line'))).toBe(line);
  };

const article = {
  author: 'Minh Anh',
  'source-title': 'Tỉnh Bình Sơn đưa 100% thủ tục hành chính lên Cổng dịch vụ công trực tuyến',
  'source-url': 'https://portal.binhson.example/tin-tuc/2026/03/dich-vu-cong-truc-tuyen',
  date: '2026-03-05',
};

const meta = {
  title: 'Elements/Source credit',
  component: tag,
  argTypes: argTypesFor(tag),
  render: (args) =>
    html`<vn-source-credit author=${ifDefined(args.author)} source-title=${ifDefined(args['source-title'])} source-url=${ifDefined(args['source-url'])}
      date=${ifDefined(args.date)} for=${ifDefined(args.for)} wording=${ifDefined(args.wording)} portal-url=${ifDefined(args['portal-url'])}
      style=${ifDefined(themeStyle(args))}></vn-source-credit>`,
  parameters: { docs: { story: { iframeHeight: 180 } } },
  play: showsLine(examplePortal.credit.line.vi),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The province's wording, from the API, linked to the portal. */
export const FromPortal: Story = {};

/** Crediting a reused article: author, original title and address, publication date. */
export const WithArticle: Story = {
  args: article,
  play: async (context) => {
    await showsLine(examplePortal.credit.line.vi)(context);
    await expect(textOf(part(credit(context.canvasElement), 'details'))).toContain('05/03/2026');
  },
};

/** English page: the province's English wording, and the date the English way. */
export const English: Story = {
  ...english,
  args: article,
  play: async (context) => {
    await showsLine(examplePortal.credit.line.en ?? '')(context);
    await expect(textOf(part(credit(context.canvasElement), 'details'))).toContain('Author: Minh Anh');
  },
};

/** A site whose credit has no English version, on an English page: Vietnamese, marked `lang="vi"`. */
export const MissingEnglish: Story = {
  ...english,
  parameters: withMockApi({ getPortal: answer('getPortal', examplePortalVietnameseOnly) }),
  play: async (context) => {
    await showsLine(examplePortalVietnameseOnly.credit.line.vi)(context);
    await marksVietnameseFallback(credit(context.canvasElement));
  },
};

/** The wording given in the page, for a site that works without the API. */
export const OfflineWording: Story = {
  ...noApiConfigured,
  args: { wording: 'Theo Cổng TTĐT tỉnh Bình Sơn', 'portal-url': examplePortal.url },
  play: showsLine('Theo Cổng TTĐT tỉnh Bình Sơn'),
};

/** Text copied from the article it guards (`for`) carries the credit. */
export const GuardingAnArticle: Story = {
  args: { ...article, for: 'bai-viet' },
  render: (args) =>
    html`<article id="bai-viet">
        <h2>${article['source-title']}</h2>
        <p>Từ ngày 01/03/2026, người dân và doanh nghiệp có thể nộp hồ sơ mọi thủ tục hành chính của tỉnh trực tuyến.</p>
      </article>
      ${meta.render(args)}`,
};

/** "Copy citation": the citation goes to the clipboard as text and HTML, and is announced. */
export const CopyCitation: Story = {
  args: article,
  beforeEach: () => {
    // The clipboard needs a real user's click; the story puts what is copied in the Actions panel instead.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write: () => Promise.resolve() } });
    return () => {
      Reflect.deleteProperty(navigator, 'clipboard');
    };
  },
  play: async ({ canvasElement }) => {
    const element = credit(canvasElement);
    await loaded(element);
    const copied = fn<(event: CustomEvent<VnCopyDetail>) => void>();
    element.addEventListener('vn-copy', copied);
    await userEvent.click(part(element, 'copy-button') as HTMLElement);
    await waitFor(() => expect(copied).toHaveBeenCalledOnce());
    await expect(copied.mock.calls[0]?.[0].detail.text).toContain(`${examplePortal.credit.line.vi}. Minh Anh. “${article['source-title']}”`);
    await waitFor(() => expect(textOf(element.shadowRoot?.querySelector('[data-live]') ?? null)).toBe('Đã sao chép trích dẫn.'));
  },
};

/** A long credit and article details in a 240px sidebar. */
export const Narrow: Story = { ...narrow, args: article };

/** On a page that declares a dark colour scheme. */
export const Dark: Story = { ...dark, args: article };

/** In forced-colours mode (Windows High Contrast). */
export const ForcedColours: Story = { ...forcedColours, args: article };

/** Themed with the documented custom properties only (try the controls). */
export const Themed: Story = {
  args: { ...article, '--vn-color-accent': '#a4161a', '--vn-color-muted': '#5c4033', '--vn-radius': '0', '--vn-line-height': '1.7' },
};

const states = dataStates(tag, 'getPortal', examplePortal);
export const Loading: Story = states.loading;
export const ServerError: Story = states.serverError;
export const NetworkError: Story = states.networkError;
export const UnreadableAnswer: Story = states.unreadableAnswer;
export const RetryRecovers: Story = states.retryRecovers;
export const NoApiConfigured: Story = states.noApiConfigured;
