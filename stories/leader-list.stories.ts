import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { LeaderListLayout, VnLeaderList } from '@vn-portal/elements';
import '@vn-portal/elements/vn-leader-list.js';
import { exampleLeaders, exampleLeadersEmpty, exampleLeadersLongNames, exampleLeadersVietnameseOnly } from '@vn-portal/schema/examples';
import { answer, withMockApi } from './mocks/index.js';
import { argTypesFor, themeStyle, type ThemeArgs } from './support/manifest.js';
import { dark, english, forcedColours, narrow, wide } from './support/page.js';
import { loaded, marksVietnameseFallback, part, parts, storyElement, textOf } from './support/play.js';
import { dataStates } from './support/states.js';

type Args = ThemeArgs & { agency?: string; layout: LeaderListLayout };

const tag = 'vn-leader-list';
const leaderList = (canvasElement: HTMLElement) => storyElement(canvasElement, tag);
const names = (element: VnLeaderList) => parts(element, 'name').map(textOf);

/** Shows the leaders it was given by the mocked API, in that order. */
const showsLeaders =
  (expected: { items: { fullName: string }[] }) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = leaderList(canvasElement);
    await loaded(element);
    await expect(names(element)).toEqual(expected.items.map((leader) => leader.fullName));
  };

const meta = {
  title: 'Elements/Leader list',
  component: tag,
  argTypes: argTypesFor(tag),
  args: { layout: 'grid' },
  render: (args) => html`<vn-leader-list agency=${ifDefined(args.agency)} layout=${args.layout} style=${ifDefined(themeStyle(args))}></vn-leader-list>`,
  parameters: { docs: { story: { iframeHeight: 520 } } },
  play: showsLeaders(exampleLeaders),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Cards in a grid: photo, position and unit, term, duties, contacts, biography and vCard. */
export const Grid: Story = { args: { agency: 'ubnd-tinh' } };

/** One card per row. */
export const List: Story = { args: { layout: 'list' } };

/** A table, as many portals list their leaders. */
export const Table: Story = { args: { layout: 'table' } };

/** The biography opened from the keyboard: sanitized HTML behind a disclosure button. */
export const BiographyOpen: Story = {
  play: async ({ canvasElement }) => {
    const element = leaderList(canvasElement);
    await loaded(element);
    const button = part(element, 'biography-button') as HTMLButtonElement;
    await userEvent.click(button);
    await waitFor(() => expect(part(element, 'biography')?.querySelector('strong')).not.toBeNull());
    await expect(button.getAttribute('aria-expanded')).toBe('true');
    await expect(part(element, 'biography')?.hidden).toBe(false);
  },
};

/** The page in English: positions, duties and labels in English. */
export const English: Story = {
  ...english,
  play: async ({ canvasElement }) => {
    const element = leaderList(canvasElement);
    await loaded(element);
    await expect(textOf(part(element, 'leader'))).toContain('Chairman of the Provincial People’s Committee');
  },
};

/** An agency with no English content, on an English page: the Vietnamese is shown, marked `lang="vi"`. */
export const MissingEnglish: Story = {
  ...english,
  parameters: withMockApi({ listLeaders: answer('listLeaders', exampleLeadersVietnameseOnly) }),
  play: async (context) => {
    await showsLeaders(exampleLeadersVietnameseOnly)(context);
    await marksVietnameseFallback(leaderList(context.canvasElement));
  },
};

/** Long names, positions and email addresses in a 240px sidebar: everything wraps. */
export const LongNamesNarrow: Story = {
  ...narrow,
  parameters: withMockApi({ listLeaders: answer('listLeaders', exampleLeadersLongNames) }),
  play: showsLeaders(exampleLeadersLongNames),
};

/** Long names in the table layout of a wide page. */
export const LongNamesTableWide: Story = {
  ...wide,
  args: { layout: 'table' },
  parameters: withMockApi({ listLeaders: answer('listLeaders', exampleLeadersLongNames) }),
  play: showsLeaders(exampleLeadersLongNames),
};

/** The grid on a wide page. */
export const Wide: Story = { ...wide };

/** The agency lists no leader yet. */
export const Empty: Story = {
  parameters: withMockApi({ listLeaders: answer('listLeaders', exampleLeadersEmpty) }),
  play: async ({ canvasElement }) => {
    const element = leaderList(canvasElement);
    await loaded(element);
    await expect(part(element, 'empty')).not.toBeNull();
  },
};

/** On a page that declares a dark colour scheme. */
export const Dark: Story = { ...dark };

/** In forced-colours mode (Windows High Contrast). */
export const ForcedColours: Story = { ...forcedColours };

/** Themed with the documented custom properties only (try the controls). */
export const Themed: Story = {
  args: {
    '--vn-color-accent': '#a4161a',
    '--vn-color-border': '#a4161a',
    '--vn-color-surface': '#fff8f0',
    '--vn-radius': '0',
    '--vn-gap': '0.5rem',
    '--vn-leader-photo-size': '4rem',
  },
};

const states = dataStates(tag, 'listLeaders', exampleLeaders);
export const Loading: Story = states.loading;
export const ServerError: Story = states.serverError;
export const NetworkError: Story = states.networkError;
export const UnreadableAnswer: Story = states.unreadableAnswer;
export const RetryRecovers: Story = states.retryRecovers;
export const NoApiConfigured: Story = states.noApiConfigured;
