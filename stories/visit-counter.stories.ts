import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { VnVisitCounter, type VisitCounterLayout } from '@vn-portal/elements';
import '@vn-portal/elements/vn-visit-counter.js';
import { exampleProblemUnavailable, exampleVisitStats, exampleVisitStatsBusy, exampleVisitStatsNew } from '@vn-portal/schema/examples';
import { answer, fail, withMockApi } from './mocks/index.js';
import { argTypesFor, themeStyle, type ThemeArgs } from './support/manifest.js';
import { dark, english, forcedColours, narrow } from './support/page.js';
import { loaded, part, storyElement, textOf } from './support/play.js';
import { dataStates } from './support/states.js';

type Args = ThemeArgs & {
  agency?: string;
  layout: VisitCounterLayout;
  'no-track': boolean;
  member: boolean;
  'show-today': boolean;
  'show-month': boolean;
};

const tag = 'vn-visit-counter';
const counter = (canvasElement: HTMLElement) => storyElement(canvasElement, tag);

/** Shows these figures, once loaded. */
const shows =
  (...texts: string[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = counter(canvasElement);
    await loaded(element);
    for (const text of texts) await expect(textOf(part(element, 'stats'))).toContain(text);
  };

const meta = {
  title: 'Elements/Visit counter',
  component: tag,
  argTypes: argTypesFor(tag),
  args: { layout: 'full', 'no-track': false, member: false, 'show-today': false, 'show-month': false },
  render: (args) =>
    html`<vn-visit-counter agency=${ifDefined(args.agency)} layout=${args.layout} ?no-track=${args['no-track']} ?member=${args.member}
      ?show-today=${args['show-today']} ?show-month=${args['show-month']} style=${ifDefined(themeStyle(args))}></vn-visit-counter>`,
  parameters: { docs: { story: { iframeHeight: 160 } } },
  play: shows('Khách 26, Thành viên 0, Tổng 26', '11.454.030'),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** As the portals show it: "Người trực tuyến — Khách 26, Thành viên 0, Tổng 26; Tổng lượt truy cập: 11454030". */
export const Full: Story = {};

/** One line, for a footer. */
export const Compact: Story = { args: { layout: 'compact' }, play: shows('26', '11.454.030') };

/** Total visits only, as a badge. */
export const Badge: Story = { args: { layout: 'badge' }, play: shows('11.454.030') };

/** With today's and this month's visits. */
export const TodayAndMonth: Story = { args: { 'show-today': true, 'show-month': true }, play: shows('3.512', '84.217') };

/** English: labels in English, numbers grouped the English way. */
export const English: Story = { ...english, args: { 'show-today': true }, play: shows('Guests 26, Members 0, Total 26', '11,454,030') };

/** A busy province's ten-digit figures in a 240px sidebar. */
export const BusyPortalNarrow: Story = {
  ...narrow,
  args: { agency: 'ubnd-tinh', 'show-today': true, 'show-month': true },
  parameters: withMockApi({ getVisitStats: answer('getVisitStats', exampleVisitStatsBusy) }),
  play: shows('2.147.483.647', '27.530.116'),
};

/** A portal that has just started counting. */
export const NewPortal: Story = {
  parameters: withMockApi({ getVisitStats: answer('getVisitStats', exampleVisitStatsNew) }),
  play: shows('Khách 0, Thành viên 0, Tổng 0'),
};

/**
 * The figures refresh every minute while the tab is visible (here every half second). When a
 * refresh fails, the earlier figures stay, with a notice and Retry.
 */
export const RefreshFails: Story = {
  beforeEach: () => {
    const interval = VnVisitCounter.refreshInterval;
    VnVisitCounter.refreshInterval = 500;
    return () => {
      VnVisitCounter.refreshInterval = interval;
    };
  },
  play: async ({ canvasElement, msw }) => {
    const element = counter(canvasElement);
    await loaded(element);
    msw.use(fail('getVisitStats', exampleProblemUnavailable));
    await waitFor(() => expect(part(element, 'error')?.getAttribute('role')).toBe('alert'), { timeout: 15_000 });
    await expect(textOf(part(element, 'stats'))).toContain('11.454.030');
    await expect(part(element, 'retry-button')).not.toBeNull();
  },
};

/** On a page that declares a dark colour scheme. */
export const Dark: Story = { ...dark, args: { layout: 'badge' }, play: shows('11.454.030') };

/** In forced-colours mode (Windows High Contrast). */
export const ForcedColours: Story = { ...forcedColours, args: { layout: 'badge' }, play: shows('11.454.030') };

/** Themed with the documented custom properties only (try the controls). */
export const Themed: Story = {
  args: { layout: 'badge', '--vn-color-accent': '#a4161a', '--vn-color-border': '#a4161a', '--vn-radius': '0.25rem' },
  play: shows('11.454.030'),
};

const states = dataStates(tag, 'getVisitStats', exampleVisitStats);
export const Loading: Story = states.loading;
export const ServerError: Story = states.serverError;
export const NetworkError: Story = states.networkError;
export const UnreadableAnswer: Story = states.unreadableAnswer;
export const RetryRecovers: Story = states.retryRecovers;
export const NoApiConfigured: Story = states.noApiConfigured;
