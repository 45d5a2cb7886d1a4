import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Poll, PollResults, pollEndpoints } from '@vn-portal/schema';
import { pollRoutes } from '@vn-portal/schema/compact';
import { ApiProblemError, PortalError, bindRoutes, type Transport } from '@vn-portal/sdk';
import { formatDate, formatNumber } from '@vn-portal/sdk/vietnamese';
import { announce, liveRegion } from '../shared/announcer.js';
import { transportFor } from '../shared/api.js';
import { resolveApiBase } from '../shared/config.js';
import { DataController } from '../shared/data-controller.js';
import { localized } from '../shared/localized-text.js';
import { str } from '../shared/localization.js';
import { PageResource, resourceKey } from '../shared/page-resource.js';
import { PortalElement } from '../shared/portal-element.js';
import { baseWrapper, renderStates } from '../shared/states.js';
import { portalStyles } from '../shared/styles.js';
import { LazyPart } from '../shared/lazy-part.js';
import { LiveRefresh } from './live-refresh.js';
import { pollStyles } from './poll.styles.js';
import { networkProblemText, staleAfter, voteProblemOf, type VoteProblem } from './vote-problems.js';
import { explainOriginRefusal } from '../shared/origin-refusal.js';
import { storedVoterToken, voterTokenFor } from './voter-token.js';

/** A poll as this visitor sees it: the poll, and the results the server lets them see. */
interface PollView {
  poll: Poll;
  results: PollResults;
}

const api = (transport: Transport) => bindRoutes<typeof pollEndpoints>(transport, pollRoutes);

const maxChoicesOf = (poll: Poll) => (poll.kind === 'single' ? 1 : poll.maxChoices);

/**
 * Shows the poll `poll-id` names, or the agency's current poll: the question in a fieldset, its
 * options as radio buttons (single choice) or checkboxes (multiple choice, at most `maxChoices`),
 * and a "Vote" button. The visitor's vote is remembered in this browser by a random token (no
 * personal data), so a later visit shows that they have voted, and the results. Results show per
 * option the count and the percentage (whole percentages adding up to 100) with a bar, and the
 * total, as far as the poll's results-visibility policy allows. Closed polls show their results,
 * upcoming ones their dates. With `live`, results on screen refresh while the tab is visible.
 *
 * @summary An opinion poll to vote on once, and its results as counts, percentages and bars.
 *
 * @fires {CustomEvent<VnVoteDetail>} vn-vote - Bubbles, composed, not cancelable. The server took the visitor's vote; `detail` has `pollId`,
 *   `optionIds`, `counted` (false when this browser had voted already: the earlier vote stands) and `results`.
 * @fires {CustomEvent<VnErrorDetail>} vn-error - Bubbles, composed, not cancelable. Loading the poll or sending the vote failed; `detail.error`
 *   is the SDK's `PortalError`.
 *
 * @csspart base - The wrapper.
 * @csspart form - The voting form.
 * @csspart question - The question (the form's legend while voting is possible).
 * @csspart hint - How many options may be chosen.
 * @csspart options - The list of options.
 * @csspart option - One option's label, with its radio button or checkbox.
 * @csspart problem - Why the vote was not taken (nothing chosen, too many, network, …).
 * @csspart vote-button - The "Vote" button.
 * @csspart results-button - The button that shows the results before voting, where the policy allows.
 * @csspart schedule - When voting opens or closes, or closed.
 * @csspart voted - The notice that this visitor has voted.
 * @csspart results - The results.
 * @csspart result - One option's result.
 * @csspart option-label - An option's label in the results.
 * @csspart figures - An option's count and percentage.
 * @csspart bar - An option's bar (its fill is the bar's child).
 * @csspart total - The number of voters.
 * @csspart results-notice - Why the results are not shown.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when there is no poll.
 * @csspart error - The error message, with its retry button.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssproperty --vn-color-text - Text colour.
 * @cssproperty --vn-color-accent - Buttons, inputs, bars and focus rings.
 * @cssproperty --vn-color-on-accent - Text on the "Vote" button.
 * @cssproperty --vn-color-muted - Hints and dates.
 * @cssproperty --vn-color-danger - Problem messages.
 * @cssproperty --vn-color-border - Border of messages.
 * @cssproperty --vn-color-surface - Background of notices.
 * @cssproperty --vn-color-skeleton - Loading placeholder.
 * @cssproperty --vn-radius - Corner radius.
 * @cssproperty --vn-line-height - Line height.
 * @cssproperty --vn-poll-bar-color - Fill of the results bars (the accent colour).
 * @cssproperty --vn-poll-bar-track - Empty part of the results bars.
 * @cssproperty --vn-poll-bar-height - Thickness of the results bars (0.5rem).
 */
export class VnPoll extends PortalElement {
  static override styles = [portalStyles, pollStyles];
  static override properties = {
    pollId: { attribute: 'poll-id' },
    latest: { type: Boolean },
    live: { type: Boolean },
    interval: { type: Number },
  };

  /** The shortest refresh period `interval` may ask for, in seconds: every visitor's browser asks the API. */
  static minimumInterval = 5;

  /** Id of the poll to show. Without it (or with `latest`) the element shows the agency's current poll. */
  declare pollId: string | undefined;
  /** Shows the agency's current poll (the newest open one, else the newest), whatever `poll-id` says. */
  declare latest: boolean;
  /** Refreshes the results on screen while the poll is open and the tab is visible. */
  declare live: boolean;
  /** Seconds between live refreshes (30; at least `VnPoll.minimumInterval`). */
  declare interval: number;

  private readonly view = new DataController<PollView | null>(this, ({ transport, agency, signal }) => this.load(transport, agency, signal));
  /** Other copies of this poll on the page: a vote or a refresh in one shows in all. */
  private readonly inStep = new PageResource<PollResults>(this, () => this.resultsKey(this.view.data?.poll.id), (results) => this.takeResults(results));

  /** Option ids the visitor has ticked. */
  private chosen: readonly string[] = [];
  private problem: VoteProblem | undefined;
  /** What became of the vote sent from this element: counted, or not (this browser had voted). */
  private outcome: 'counted' | 'repeat' | undefined;
  private sending = false;
  private resultsOpen = false;
  private shownPollId: string | undefined;
  /** The wording of the problems, fetched once the form is shown. */
  private readonly wording = new LazyPart(this, () => import('./vote-problem-wording.js'));
  /** Its fetch failed when a problem was to be said (offline): the network is to blame, until the next vote tries again. */
  private wordingMissing = false;

  constructor() {
    super();
    this.latest = false;
    this.live = false;
    this.interval = 30;
    new LiveRefresh(this, () => this.refreshPeriod(), () => void this.view.reload());
  }

  private get wantedPollId(): string | undefined {
    return this.latest ? undefined : this.pollId || undefined;
  }

  private async load(transport: Transport, agency: string | undefined, signal: AbortSignal): Promise<PollView | null> {
    const polls = api(transport);
    const id = this.wantedPollId;
    let poll: Poll | null;
    try {
      poll = id === undefined ? await polls.getLatestPoll({ agency }, { signal }) : await polls.getPoll({ id }, { signal });
    } catch (error) {
      // No such poll: the empty state, not an error worth retrying.
      if (error instanceof ApiProblemError && (error.status === 404 || error.status === 422)) return null;
      throw error;
    }
    if (poll === null) return null;
    const results = await polls.getPollResults({ id: poll.id, voterToken: storedVoterToken(poll.id) }, { signal });
    this.inStep.publish(results, this.resultsKey(poll.id));
    return { poll, results };
  }

  private resultsKey(pollId: string | undefined): string | undefined {
    const apiBase = resolveApiBase(this.apiBase);
    return apiBase === undefined || pollId === undefined ? undefined : resourceKey(apiBase, 'poll-results', pollId);
  }

  /** Results another copy of the poll got: after its visitor's vote, this one shows them too. */
  private takeResults(results: PollResults): void {
    const shown = this.view.data;
    if (!shown) return;
    this.view.data = { poll: shown.poll, results };
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('pollId') || changed.has('latest'))) void this.view.restart();
    const shown = this.view.data?.poll.id;
    if (shown !== this.shownPollId) {
      this.shownPollId = shown;
      this.chosen = [];
      this.problem = undefined;
      this.outcome = undefined;
      this.resultsOpen = false;
    }
  }

  protected override render(): TemplateResult {
    return baseWrapper(
      this.view,
      html`${renderStates(this.t, this.view, {
        skeleton: () => html`<div></div><div></div><div></div><div></div>`,
        isEmpty: (view) => view === null,
        empty: () => (this.wantedPollId === undefined ? this.t.msg('Hiện chưa có cuộc thăm dò ý kiến nào.') : this.t.msg('Không tìm thấy cuộc thăm dò ý kiến này.')),
        ready: (view) => this.renderPoll(view as PollView),
      })}
      ${liveRegion()}`,
    );
  }

  private renderPoll({ poll, results }: PollView): TemplateResult {
    if (poll.state === 'open' && !results.voted) {
      return html`${this.renderForm(poll, results)} ${this.renderSchedule(poll)}
        ${results.visible ? this.renderResults(poll, results, !this.resultsOpen) : this.renderHiddenResults(poll, results)}`;
    }
    return html`<p class="question" part="question">${localized(poll.question, this.locale)}</p>
      ${poll.state === 'open' ? nothing : this.renderSchedule(poll)}
      ${poll.state === 'upcoming'
        ? html`<ol part="options">
            ${poll.options.map((option) => html`<li>${localized(option.label, this.locale)}</li>`)}
          </ol>`
        : nothing}
      ${this.problem ? this.renderProblem(poll) : nothing}
      ${results.voted ? html`<p class="notice" part="voted">${this.votedText()}</p>` : nothing}
      ${poll.state === 'upcoming' ? nothing : results.visible ? this.renderResults(poll, results, false) : this.renderHiddenResults(poll, results)}
      ${poll.state === 'open' ? this.renderSchedule(poll) : nothing}`;
  }

  private renderForm(poll: Poll, results: PollResults) {
    const type = poll.kind === 'single' ? 'radio' : 'checkbox';
    return html`<form part="form" @submit=${(event: SubmitEvent) => this.onSubmit(event)}>
      <fieldset aria-describedby="hint problem">
        <legend part="question">${localized(poll.question, this.locale)}</legend>
        <p id="hint" class="muted" part="hint">${this.hintText(poll)}</p>
        <ol part="options">
          ${poll.options.map(
            (option) => html`<li>
              <label part="option"
                ><input type=${type} name="choice" value=${option.id} .checked=${this.chosen.includes(option.id)} @change=${(event: Event) => this.onChoice(event)} />
                <span>${localized(option.label, this.locale)}</span></label
              >
            </li>`,
          )}
        </ol>
      </fieldset>
      ${this.renderProblem(poll)}
      <div class="actions">
        <button type="submit" part="vote-button" aria-disabled=${this.sending ? 'true' : 'false'}>${this.t.msg('Bình chọn')}</button>
        ${results.visible
          ? html`<button type="button" part="results-button" aria-expanded=${this.resultsOpen ? 'true' : 'false'} aria-controls="results" @click=${() => this.toggleResults()}>
              ${this.t.msg('Xem kết quả')}
            </button>`
          : nothing}
      </div>
    </form>`;
  }

  private hintText(poll: Poll): string {
    const max = maxChoicesOf(poll);
    if (max === 1) return this.t.msg('Chọn một phương án.');
    return max >= poll.options.length ? this.t.msg('Chọn một hoặc nhiều phương án.') : this.t.msg(str`Chọn tối đa ${max} phương án.`);
  }

  /** Always in the page while voting, so that what it says is announced (and read with the options). */
  private renderProblem(poll: Poll) {
    const { problem } = this;
    const wording = this.wording.value;
    if (problem && !wording && !this.wordingMissing) this.fetchWording();
    else this.wording.prefetch();
    const text = problem && (wording ? wording.voteProblemMessage(this.t, problem, this.chosen.length, maxChoicesOf(poll)) : this.wordingMissing && networkProblemText(this.t));
    return html`<p id="problem" class="problem" part="problem" role="alert">${text || nothing}</p>`;
  }

  /** Fetches the wording of a problem to say; when it cannot come (offline), says so with the network's message. */
  private fetchWording(): void {
    this.wording.get().catch(() => {
      this.wordingMissing = true;
      this.requestUpdate();
    });
  }

  private renderSchedule(poll: Poll) {
    const date = (value: string) => formatDate(value, this.locale);
    let text: string | undefined;
    if (poll.state === 'upcoming' && poll.opensAt) {
      text = poll.closesAt ? this.t.msg(str`Thời gian bình chọn: từ ngày ${date(poll.opensAt)} đến ngày ${date(poll.closesAt)}.`) : this.t.msg(str`Bắt đầu bình chọn từ ngày ${date(poll.opensAt)}.`);
    } else if (poll.closesAt) {
      text = poll.state === 'closed' ? this.t.msg(str`Cuộc thăm dò đã kết thúc ngày ${date(poll.closesAt)}.`) : this.t.msg(str`Hạn bình chọn: ngày ${date(poll.closesAt)}.`);
    }
    return text ? html`<p class="muted" part="schedule">${text}</p>` : nothing;
  }

  private renderResults(poll: Poll, results: PollResults, hidden: boolean) {
    const n = (value: number) => formatNumber(value, this.locale);
    // As each language writes a percentage, through Intl: "56%" in Vietnamese too, not "56 %".
    const share = (percent: number) => formatNumber(percent / 100, this.locale, { style: 'percent' });
    return html`<div class="results" part="results" id="results" role="group" aria-label=${this.t.msg('Kết quả')} tabindex="-1" ?hidden=${hidden}>
      <ol>
        ${poll.options.map((option) => {
          const { count, percent } = results.options.find((result) => result.id === option.id) ?? { count: 0, percent: 0 };
          // One Vietnamese form, two English ones: the singular has an id of its own.
          const votes = count === 1 ? this.t.msg(str`${n(count)} phiếu`, { id: 'poll-one-vote' }) : this.t.msg(str`${n(count)} phiếu`);
          // Seen as "1180 votes (88%)" and read as "1180 votes, 88 percent", not as "1180 votes bracket 88%".
          // The bar's width goes through the CSSOM (`.style`), which a strict CSP allows, unlike a style attribute.
          return html`<li part="result">
            <span class="result-line"
              ><span part="option-label">${localized(option.label, this.locale)}</span>
              <span class="figures" part="figures" aria-hidden="true">${votes} (${share(percent)})</span>
              <span class="visually-hidden">${this.t.msg(str`${votes}, ${n(percent)} phần trăm`)}</span></span
            >
            <span class="bar" part="bar" aria-hidden="true"><span .style=${`--_share: ${percent}%`}></span></span>
          </li>`;
        })}
      </ol>
      <p class="total" part="total">${this.t.msg(str`Tổng số phiếu: ${n(results.total)}`)}</p>
    </div>`;
  }

  private renderHiddenResults(poll: Poll, results: PollResults) {
    let text: string;
    if (poll.resultsVisibility === 'never') text = this.t.msg('Kết quả cuộc thăm dò này không được công bố.');
    else if (poll.resultsVisibility === 'after-close') {
      text = poll.closesAt
        ? this.t.msg(str`Kết quả sẽ được công bố khi cuộc thăm dò kết thúc vào ngày ${formatDate(poll.closesAt, this.locale)}.`)
        : this.t.msg('Kết quả sẽ được công bố khi cuộc thăm dò kết thúc.');
    } else text = poll.resultsVisibility === 'after-vote' && !results.voted ? this.t.msg('Kết quả được hiển thị sau khi bạn bình chọn.') : this.t.msg('Kết quả chưa được hiển thị.');
    return html`<p class="notice" part="results-notice" tabindex="-1">${text}</p>`;
  }

  private votedText(): string {
    const { outcome } = this;
    const wording = this.wording.value;
    return outcome && wording ? wording.outcomeText(this.t, outcome) : this.t.msg('Bạn đã bình chọn trong cuộc thăm dò này.');
  }

  private refreshPeriod(): number | undefined {
    const view = this.view.data;
    if (!this.live || !view || view.poll.state !== 'open' || !view.results.visible || !(view.results.voted || this.resultsOpen)) return undefined;
    return Math.max(this.interval || 30, VnPoll.minimumInterval) * 1000;
  }

  private onChoice(event: Event): void {
    const input = event.target as HTMLInputElement;
    const others = this.chosen.filter((id) => id !== input.value);
    this.chosen = input.type === 'radio' ? [input.value] : input.checked ? [...others, input.value] : others;
    const poll = this.view.data?.poll;
    // Going over the maximum is said at once, and the message goes once it is undone.
    if (poll && this.chosen.length > maxChoicesOf(poll)) this.problem = 'too-many';
    else if (this.problem === 'too-many' || this.problem === 'none-chosen') this.problem = undefined;
    this.requestUpdate();
  }

  private toggleResults(): void {
    this.resultsOpen = !this.resultsOpen;
    this.requestUpdate();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const poll = this.view.data?.poll;
    if (this.sending || !poll) return;
    const optionIds = poll.options.map((option) => option.id).filter((id) => this.chosen.includes(id));
    if (optionIds.length > 0 && optionIds.length <= maxChoicesOf(poll)) {
      void this.vote(poll, optionIds);
      return;
    }
    this.problem = optionIds.length === 0 ? 'none-chosen' : 'too-many';
    this.requestUpdate();
    // On the options, whose group is described by the message: the visitor hears both.
    void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>('input:checked') ?? this.renderRoot.querySelector('input'))?.focus());
  }

  private async vote(poll: Poll, optionIds: string[]): Promise<void> {
    const apiBase = resolveApiBase(this.apiBase);
    if (apiBase === undefined) return;
    this.sending = true;
    this.problem = undefined;
    this.wordingMissing = false;
    this.requestUpdate();
    try {
      // The wording of what became of the vote comes alongside (it is there already unless the page was offline).
      const [{ counted, results }] = await Promise.all([
        api(transportFor(apiBase)).vote({ id: poll.id, body: { voterToken: voterTokenFor(poll.id), optionIds } }, { proofOfWork: poll.proofOfWork === true }),
        this.wording.get().catch(() => undefined),
      ]);
      this.view.data = { poll, results };
      this.inStep.publish(results);
      this.outcome = counted ? 'counted' : 'repeat';
      this.sending = false;
      this.requestUpdate();
      this.emit('vn-vote', { pollId: poll.id, optionIds, counted, results });
      announce(this.renderRoot, this.votedText());
      await this.updateComplete;
      // The form is gone: focus goes to what took its place.
      this.renderRoot.querySelector<HTMLElement>('[part~="results"], [part~="results-notice"]')?.focus();
    } catch (error) {
      this.problem = voteProblemOf(error);
      this.sending = false;
      this.requestUpdate();
      if (error instanceof PortalError) this.emit('vn-error', { error });
      explainOriginRefusal(this, error);
      if (staleAfter(this.problem)) void this.view.reload();
    }
  }
}
