import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { VnPoll } from '@vn-portal/elements';
import '@vn-portal/elements/vn-poll.js';
import {
  exampleProblemPollNotOpen,
  exampleProblemRateLimited,
  exampleProblemUnknownOption,
  examplePoll,
  examplePollAfterClose,
  examplePollClosed,
  examplePollFewVotes,
  examplePollJustClosed,
  examplePollLongText,
  examplePollMultiple,
  examplePollNever,
  examplePollResultsVoted,
  examplePollUpcoming,
  exampleVoteReceipt,
  exampleVoteReceiptRepeat,
} from '@vn-portal/schema/examples';
import { answer, fail, hang, withMockApi } from './mocks/index.js';
import { argTypesFor, themeStyle, type ThemeArgs } from './support/manifest.js';
import { dark, english, forcedColours, narrow, wide } from './support/page.js';
import { loaded, marksVietnameseFallback, part, parts, storyElement, textOf } from './support/play.js';
import { dataStates } from './support/states.js';

type Args = ThemeArgs & { 'poll-id'?: string; latest: boolean; live: boolean; interval?: number; agency?: string };

const tag = 'vn-poll';
const poll = (canvasElement: HTMLElement) => storyElement(canvasElement, tag);
const inputs = (element: VnPoll) => [...(element.shadowRoot?.querySelectorAll('input') ?? [])];
/** Each result's figures as seen: "1.180 phiếu (88%)". */
const figures = (element: VnPoll) => parts(element, 'result').map((row) => textOf(row.querySelector('[part~="figures"]')));
/** The whole percentages as rendered, read back from the figures. */
const percents = (element: VnPoll) => figures(element).map((text) => Number(/\((\d+)\s?%\)/.exec(text)?.[1]));

/** Loaded, showing this poll's question: as the form's legend while voting is possible. */
const showsQuestion = async (element: VnPoll, question: string) => {
  await loaded(element);
  await expect(textOf(part(element, 'question'))).toBe(question);
};

/** Ticks the options at `indexes` and presses "Vote". */
async function vote(element: VnPoll, ...indexes: number[]): Promise<void> {
  for (const index of indexes) await userEvent.click(inputs(element)[index] as HTMLInputElement);
  await userEvent.click(part(element, 'vote-button') as HTMLButtonElement);
}

/** Says why the vote was not taken, in an alert tied to the options. */
async function refusesVote(element: VnPoll, message?: string): Promise<void> {
  await waitFor(() => expect(textOf(part(element, 'problem'))).not.toBe(''), { timeout: 15_000 });
  await expect(part(element, 'problem')?.getAttribute('role')).toBe('alert');
  if (message) await expect(textOf(part(element, 'problem'))).toBe(message);
}

/** Votes for the option at `index` once the poll has loaded, and waits for the vote to be refused with `message`. */
async function voteRefused(element: VnPoll, index: number, message: string): Promise<void> {
  await loaded(element);
  await vote(element, index);
  await refusesVote(element, message);
}

const meta = {
  title: 'Elements/Poll',
  component: tag,
  argTypes: argTypesFor(tag),
  args: { latest: false, live: false },
  render: (args) =>
    html`<vn-poll poll-id=${ifDefined(args['poll-id'])} ?latest=${args.latest} ?live=${args.live} interval=${ifDefined(args.interval)} agency=${ifDefined(args.agency)}
      style=${ifDefined(themeStyle(args))}></vn-poll>`,
  parameters: { docs: { story: { iframeHeight: 420 } } },
  play: async ({ canvasElement }) => {
    await showsQuestion(poll(canvasElement), examplePoll.question.vi);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const element = ({ canvasElement }: StoryContext) => poll(canvasElement);

/** Single choice: the question as a fieldset's legend, radio buttons, "Vote"; the results wait behind a button. */
export const SingleChoice: Story = {
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePoll.question.vi);
    await expect(inputs(host).map((input) => input.type)).toEqual(['radio', 'radio', 'radio']);
    await expect(host.shadowRoot?.querySelector('legend')).toBe(part(host, 'question'));
    await expect(part(host, 'results')?.hidden).toBe(true);
  },
};

/** The results before voting, where the policy (`always`) allows: counts, percentages, bars and the total. */
export const ResultsBeforeVoting: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    const button = part(host, 'results-button') as HTMLButtonElement;
    await userEvent.click(button);
    await expect(button.getAttribute('aria-expanded')).toBe('true');
    await expect(part(host, 'results')?.hidden).toBe(false);
    await expect(figures(host)).toEqual(['1.180 phiếu (88%)', '107 phiếu (8%)', '57 phiếu (4%)']);
    await expect(textOf(part(host, 'total'))).toBe('Tổng số phiếu: 1.344');
  },
};

/** A vote counted: thanks, and the results with it, which take the focus from the vanished form. */
export const VoteCounted: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await vote(host, 0);
    await waitFor(() => expect(part(host, 'voted')).not.toBeNull());
    await expect(part(host, 'form')).toBeNull();
    await expect(textOf(part(host, 'total'))).toBe(`Tổng số phiếu: 1.345`);
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(part(host, 'results')));
  },
};

/** This browser had voted already (its token): the earlier vote stands. */
export const VoteNotCountedTwice: Story = {
  ...english,
  parameters: withMockApi({ vote: answer('vote', exampleVoteReceiptRepeat) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await vote(host, 1);
    await waitFor(() => expect(textOf(part(host, 'voted'))).toBe('You had already voted in this poll: your earlier vote stands.'));
  },
};

/** A returning visitor who has voted: the notice and the results, no form. */
export const AlreadyVoted: Story = {
  parameters: withMockApi({ getPollResults: answer('getPollResults', examplePollResultsVoted) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(part(host, 'form')).toBeNull();
    await expect(part(host, 'voted')).not.toBeNull();
    await expect(textOf(part(host, 'total'))).toBe('Tổng số phiếu: 1.344');
  },
};

/** Multiple choice, at most two: checkboxes, and a hint that says so. Results only once voted (`after-vote`). */
export const MultipleChoice: Story = {
  args: { 'poll-id': examplePollMultiple.id },
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePollMultiple.question.vi);
    await expect(inputs(host).every((input) => input.type === 'checkbox')).toBe(true);
    await expect(textOf(part(host, 'hint'))).toBe('Chọn tối đa 2 phương án.');
    await expect(part(host, 'results-button')).toBeNull();
    await expect(textOf(part(host, 'results-notice'))).toBe('Kết quả được hiển thị sau khi bạn bình chọn.');
  },
};

/** Two options ticked and counted: the results, now visible, with more ticks than voters. */
export const MultipleChoiceVoted: Story = {
  args: { 'poll-id': examplePollMultiple.id },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await vote(host, 0, 2);
    await waitFor(() => expect(part(host, 'results')).not.toBeNull());
    await expect(textOf(part(host, 'total'))).toBe('Tổng số phiếu: 640');
    await expect(percents(host).reduce((sum, percent) => sum + percent, 0)).toBe(100);
  },
};

/** Ticking more than allowed is said at once, before anything is sent, and unticking clears it. */
export const TooManyChosen: Story = {
  args: { 'poll-id': examplePollMultiple.id },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    for (const index of [0, 1, 2]) await userEvent.click(inputs(host)[index] as HTMLInputElement);
    await refusesVote(host, 'Bạn đã chọn 3 phương án: chỉ được chọn tối đa 2.');
    await expect(host.shadowRoot?.querySelector('fieldset')?.getAttribute('aria-describedby')).toContain('problem');
  },
};

/** "Vote" with nothing chosen: the message, and the focus on the options it describes. */
export const NothingChosen: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await userEvent.click(part(host, 'vote-button') as HTMLButtonElement);
    await refusesVote(host, 'Vui lòng chọn một phương án trước khi bình chọn.');
    await waitFor(() => expect(host.shadowRoot?.activeElement).toBe(inputs(host)[0]));
  },
};

/** The vote could not be sent: the choice stays, to vote again. */
export const VoteNetworkError: Story = {
  parameters: withMockApi({ vote: fail('vote', 'network') }),
  play: async (context) => {
    const host = element(context);
    await voteRefused(host, 1, 'Chưa gửi được phiếu bình chọn do không kết nối được với cổng thông tin. Vui lòng kiểm tra kết nối mạng và bình chọn lại.');
    await expect(inputs(host)[1]?.checked).toBe(true);
  },
};

/** Too many votes from one network (an office behind one address): wait a minute. */
export const VoteRateLimited: Story = {
  ...english,
  parameters: withMockApi({ vote: fail('vote', exampleProblemRateLimited) }),
  play: async (context) => {
    const host = element(context);
    await voteRefused(host, 0, 'Too many votes were sent from your network just now. Wait a minute and vote again.');
  },
};

/** The poll closed while the visitor had it open: the vote is refused, and the poll shown as it is now. */
export const ClosedWhileVoting: Story = {
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    context.msw.use(fail('vote', exampleProblemPollNotOpen), answer('getLatestPoll', examplePollJustClosed));
    await vote(host, 0);
    await refusesVote(host, 'Cuộc thăm dò hiện không nhận phiếu bình chọn: phiếu của bạn chưa được ghi nhận.');
    await waitFor(() => expect(part(host, 'form')).toBeNull());
    await expect(part(host, 'results')).not.toBeNull();
    await expect(textOf(part(host, 'problem'))).not.toBe('');
  },
};

/** The poll's options were edited meanwhile: check the choice and vote again. */
export const OptionsChanged: Story = {
  ...english,
  parameters: withMockApi({ vote: fail('vote', exampleProblemUnknownOption) }),
  play: async (context) => {
    const host = element(context);
    await voteRefused(host, 2, 'The options of this poll have changed: check your choice and vote again.');
  },
};

/** Results published only when the poll closes (`after-close`): the vote is taken, the results wait. */
export const ResultsAfterClose: Story = {
  args: { 'poll-id': examplePollAfterClose.id },
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePollAfterClose.question.vi);
    await expect(part(host, 'voted')).not.toBeNull();
    await expect(part(host, 'results')).toBeNull();
    await expect(textOf(part(host, 'results-notice'))).toBe('Kết quả sẽ được công bố khi cuộc thăm dò kết thúc vào ngày 31/12/2026.');
  },
};

/** Results never published (`never`), on a closed poll. */
export const ResultsNeverPublished: Story = {
  args: { 'poll-id': examplePollNever.id },
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePollNever.question.vi);
    await expect(textOf(part(host, 'results-notice'))).toBe('Kết quả cuộc thăm dò này không được công bố.');
    await expect(part(host, 'form')).toBeNull();
  },
};

/** Closed: its closing date and results, no form. */
export const Closed: Story = {
  args: { 'poll-id': examplePollClosed.id },
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePollClosed.question.vi);
    await expect(part(host, 'form')).toBeNull();
    await expect(textOf(part(host, 'schedule'))).toMatch(/^Cuộc thăm dò đã kết thúc ngày \d\d\/\d\d\/2025\.$/);
    await expect(parts(host, 'result').length).toBe(examplePollClosed.options.length);
  },
};

/** Not open yet: the dates and the options, no form and no results. */
export const Upcoming: Story = {
  args: { 'poll-id': examplePollUpcoming.id },
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePollUpcoming.question.vi);
    await expect(inputs(host)).toEqual([]);
    await expect(part(host, 'results')).toBeNull();
    await expect(textOf(part(host, 'schedule'))).toBe('Thời gian bình chọn: từ ngày 05/01/2027 đến ngày 28/02/2027.');
    await expect(textOf(part(host, 'options'))).toContain('Tháng 9');
  },
};

/** Seven votes: whole percentages still add up to 100 (largest remainder), one vote is "1 vote". */
export const AwkwardPercentages: Story = {
  ...english,
  args: { 'poll-id': examplePollFewVotes.id },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(percents(host)).toEqual([43, 29, 14, 14, 0]);
    await expect(figures(host)).toContain('1 vote (14%)');
    await expect(textOf(part(host, 'total'))).toBe('Total votes: 7');
  },
};

/** The page in English: the question, the options, the figures and the total the English way. */
export const English: Story = {
  ...english,
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePoll.question.en ?? '');
    await userEvent.click(part(host, 'results-button') as HTMLButtonElement);
    await expect(figures(host)[0]).toBe('1,180 votes (88%)');
    await expect(textOf(part(host, 'total'))).toBe('Total votes: 1,344');
  },
};

/** A Vietnamese-only poll on an English page: its text in Vietnamese, marked `lang="vi"`. */
export const MissingEnglish: Story = {
  ...english,
  args: { 'poll-id': examplePollClosed.id },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await marksVietnameseFallback(host);
    await expect(textOf(part(host, 'schedule'))).toMatch(/^This poll closed on /);
  },
};

/** A long question and options, eight-digit counts, in a 240px sidebar: everything wraps. */
export const LongTextNarrow: Story = {
  ...narrow,
  args: { 'poll-id': examplePollLongText.id },
  play: async (context) => {
    const host = element(context);
    await showsQuestion(host, examplePollLongText.question.vi);
    await userEvent.click(part(host, 'results-button') as HTMLButtonElement);
    await expect(figures(host)[0]).toBe('12.345.678 phiếu (46%)');
    await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
  },
};

/** The poll on a wide page. */
export const Wide: Story = { ...wide };

/** In a sidebar. */
export const Narrow: Story = { ...narrow };

/** A poll named by `poll-id`. */
export const ById: Story = {
  args: { 'poll-id': examplePollMultiple.id },
  play: async (context) => {
    await showsQuestion(element(context), examplePollMultiple.question.vi);
  },
};

/** The agency's current poll, whatever `poll-id` says (`latest`). */
export const Latest: Story = { args: { 'poll-id': examplePollMultiple.id, latest: true } };

/** The agency has no poll now. */
export const NoPoll: Story = {
  parameters: withMockApi({ getLatestPoll: answer('getLatestPoll', null) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(textOf(part(host, 'empty'))).toBe('Hiện chưa có cuộc thăm dò ý kiến nào.');
  },
};

/** A `poll-id` the API does not know (a poll since deleted). */
export const PollNotFound: Story = {
  args: { 'poll-id': 'da-xoa' },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(textOf(part(host, 'empty'))).toBe('Không tìm thấy cuộc thăm dò ý kiến này.');
  },
};

/** `live`: the results on screen refresh while the poll is open and the tab visible (here every second). */
export const LiveRefresh: Story = {
  args: { live: true, interval: 1 },
  parameters: withMockApi({ getPollResults: answer('getPollResults', examplePollResultsVoted) }),
  beforeEach: () => {
    const minimum = VnPoll.minimumInterval;
    VnPoll.minimumInterval = 1;
    return () => {
      VnPoll.minimumInterval = minimum;
    };
  },
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    await expect(textOf(part(host, 'total'))).toBe('Tổng số phiếu: 1.344');
    context.msw.use(answer('getPollResults', exampleVoteReceipt.results));
    await waitFor(() => expect(textOf(part(host, 'total'))).toBe('Tổng số phiếu: 1.345'), { timeout: 15_000 });
  },
};

/**
 * Without `live` the results are loaded once: coming back to the tab asks nothing (with `live`, it
 * would start a refresh at once, and the element would be busy).
 */
export const LiveRefreshOff: Story = {
  parameters: withMockApi({ getPollResults: answer('getPollResults', examplePollResultsVoted) }),
  play: async (context) => {
    const host = element(context);
    await loaded(host);
    context.msw.use(hang('getPollResults'));
    document.dispatchEvent(new Event('visibilitychange'));
    await host.updateComplete;
    await expect(part(host, 'base')?.getAttribute('aria-busy')).toBe('false');
    await expect(textOf(part(host, 'total'))).toBe('Tổng số phiếu: 1.344');
  },
};

/** On a page that declares a dark colour scheme, results open. */
export const Dark: Story = { ...dark, parameters: withMockApi({ getPollResults: answer('getPollResults', examplePollResultsVoted) }) };

/** In forced-colours mode (Windows High Contrast): bars, focus and radio buttons in system colours. */
export const ForcedColours: Story = { ...forcedColours, parameters: withMockApi({ getPollResults: answer('getPollResults', examplePollResultsVoted) }) };

/** Themed with the documented custom properties only (try the controls). */
export const Themed: Story = {
  args: {
    '--vn-color-accent': '#a4161a',
    '--vn-poll-bar-color': '#a4161a',
    '--vn-poll-bar-track': '#f3d9d9',
    '--vn-poll-bar-height': '1rem',
    '--vn-radius': '0',
  },
  parameters: withMockApi({ getPollResults: answer('getPollResults', examplePollResultsVoted) }),
};

const states = dataStates(tag, 'getLatestPoll', examplePoll);
export const Loading: Story = states.loading;
export const ServerError: Story = states.serverError;
export const NetworkError: Story = states.networkError;
export const UnreadableAnswer: Story = states.unreadableAnswer;
export const RetryRecovers: Story = states.retryRecovers;
export const NoApiConfigured: Story = states.noApiConfigured;
