import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { QaFormConfig } from '@vn-portal/schema';
import { liveRegion } from '../shared/announcer.js';
import { DataController } from '../shared/data-controller.js';
import { LazyPart } from '../shared/lazy-part.js';
import { PortalElement } from '../shared/portal-element.js';
import { baseWrapper, renderStates } from '../shared/states.js';
import { portalStyles } from '../shared/styles.js';
import { AskForm } from './ask-form.js';
import { QaFormContext } from './form-context.js';
import { qaApi } from './qa-api.js';
import { qaFormStyles } from './qa-form.styles.js';

export type QaFormView = 'ask' | 'track' | 'answers';
const allViews: readonly QaFormView[] = ['ask', 'track', 'answers'];

/**
 * @summary Citizens' questions to the province (Cao Bằng Điều 9): ask, track a question by its
 * code, and read the published answers.
 *
 * The ask form follows the province's form configuration (`GET /qa/form-config`): individual or
 * organization, the identity fields it requires, topics, agencies, limits, the notice on what is
 * out of scope and the personal-data consent. Questions are checked with the same schemas as the
 * server (loaded when the visitor first uses a form), kept as a draft for the tab (never the ID
 * number), and sent exactly once per draft. With more than one view, the views are tabs.
 *
 * @fires vn-question-submitted - Bubbles, composed, not cancelable. A question was received; `detail` is the receipt: `trackingCode`, `receivedAt`, `dueDate`.
 * @fires vn-error - Bubbles, composed, not cancelable. Loading or sending failed; `detail.error` is the SDK's `PortalError`.
 *
 * @csspart base - The wrapper.
 * @csspart tabs - The tab list (more than one view).
 * @csspart tab - One tab.
 * @csspart panel - One tab panel.
 * @csspart scope-notice - What the channel does not accept, shown before the form.
 * @csspart draft-notice - Says a draft was restored, with the Start again button.
 * @csspart discard-button - Start again: empties the form and forgets the draft.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart ask-form - The ask form.
 * @csspart field - One field: label, hint, error and control.
 * @csspart field-error - A field's error message.
 * @csspart kind - The individual / organization choice.
 * @csspart count - The character count of the question.
 * @csspart similar-answers - Published answers similar to the title being typed.
 * @csspart similar-answer - One of them.
 * @csspart legacy-notice - The offer to convert pasted TCVN3 or VNI text.
 * @csspart convert-button - Accepts the converted text.
 * @csspart consent-notice - The notice on personal data.
 * @csspart submit-error - Why the question could not be sent.
 * @csspart submit-button - Sends the question.
 * @csspart receipt - The confirmation with the tracking code.
 * @csspart tracking-code - The tracking code.
 * @csspart copy-button - Copies the tracking code.
 * @csspart due-date - When the answer is due.
 * @csspart track-this-button - Opens the tracking view for the question just sent.
 * @csspart ask-another-button - Opens an empty ask form.
 * @csspart track-form - The tracking form.
 * @csspart track-button - Looks the question up.
 * @csspart track-error - Why the lookup failed.
 * @csspart status - The question's status.
 * @csspart state - Its current state.
 * @csspart timeline - The steps it went through.
 * @csspart timeline-entry - One step.
 * @csspart rejection-reason - Why it was not accepted.
 * @csspart search-form - The search of published answers.
 * @csspart search-button - Runs the search.
 * @csspart result-count - How many answers were found.
 * @csspart answers - The list of published answers.
 * @csspart answer - One published question and answer.
 * @csspart answer-details - The disclosure holding a question and its answer.
 * @csspart answer-content - The text of an answer.
 * @csspart cited-documents - The documents an answer cites.
 * @csspart pagination - Previous and next page.
 * @csspart page-button - Previous or next page.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when no answer is found.
 * @csspart error - The error message, with its retry button.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssproperty --vn-color-text - Text colour.
 * @cssproperty --vn-color-accent - Links, buttons, focus rings and the selected tab.
 * @cssproperty --vn-color-muted - Hints and dates.
 * @cssproperty --vn-color-border - Field, notice and card borders.
 * @cssproperty --vn-color-surface - Notice and card background.
 * @cssproperty --vn-color-danger - Error messages and invalid fields.
 * @cssproperty --vn-color-skeleton - Loading placeholder.
 * @cssproperty --vn-radius - Corner radius.
 * @cssproperty --vn-gap - Space between fields.
 * @cssproperty --vn-line-height - Line height.
 */
export class VnQaForm extends PortalElement {
  static override styles = [portalStyles, qaFormStyles];
  static override properties = {
    views: {},
    legalDocsUrl: { attribute: 'legal-docs-url' },
    pageSize: { attribute: 'page-size', type: Number },
  };

  /** Which parts show, in order, separated by spaces: `ask`, `track`, `answers`. Tabs when more than one. */
  declare views: string;
  /**
   * Where a cited document's page is, with `{id}` for the document id (a page with
   * `<vn-legal-docs>`), e.g. `/van-ban?doc={id}`. Without it, cited documents are not links.
   */
  declare legalDocsUrl: string | undefined;
  /** Published answers per page (1 to 50). */
  declare pageSize: number;
  /** The tab the visitor chose. */
  private selected: QaFormView | undefined;

  private readonly config = new DataController<QaFormConfig>(this, ({ transport, signal }) => qaApi(transport).getQaFormConfig({}, { signal }));
  private readonly context = new QaFormContext(this, { shown: () => this.shownViews, track: (trackingCode) => this.trackQuestion(trackingCode) });
  private readonly ask = new AskForm(this.context);
  // The tracking view and the answers are fetched when their tab is first shown.
  private readonly tracking = new LazyPart(this, () => import('./question-tracking.js').then(({ StatusLookup }) => new StatusLookup(this.context)));
  private readonly answers = new LazyPart(this, () => import('./published-answers.js').then(({ AnswerBrowser }) => new AnswerBrowser(this.context)));

  constructor() {
    super();
    this.views = 'ask track answers';
    this.pageSize = 10;
  }

  /** The views asked for, known ones only, each once; all three if none is named. */
  private get shownViews(): QaFormView[] {
    const named = allViews.filter((view) => this.views.split(/\s+/).includes(view));
    return named.length > 0 ? named.sort((a, b) => this.views.indexOf(a) - this.views.indexOf(b)) : [...allViews];
  }

  private get current(): QaFormView {
    const shown = this.shownViews;
    return this.selected && shown.includes(this.selected) ? this.selected : (shown[0] ?? 'ask');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A view other than the ask form shown first is fetched with the form's configuration, not after it.
    const first = this.current;
    if (!this.hasUpdated && first !== 'ask') (first === 'track' ? this.tracking : this.answers).prefetch();
  }

  protected override render(): TemplateResult {
    return baseWrapper(
      this.config,
      html`${renderStates(this.t, this.config, {
        skeleton: () => html`<div></div><div></div><div></div>`,
        isEmpty: () => false,
        empty: () => '',
        ready: (config) => this.renderViews(config),
      })}
      ${liveRegion()}`,
      // Busy too while the answers shown load, as the register is while its results do.
      LazyPart.busy(this) || this.answers.value?.list.loading,
    );
  }

  private renderViews(config: QaFormConfig): TemplateResult {
    const shown = this.shownViews;
    const current = this.current;
    if (shown.length === 1) return this.renderView(current, config);
    const label = (view: QaFormView) => (view === 'ask' ? this.t.msg('Đặt câu hỏi') : view === 'track' ? this.t.msg('Tra cứu câu hỏi') : this.t.msg('Câu hỏi đã trả lời'));
    return html`<div class="tabs" role="tablist" part="tabs" aria-label=${this.t.msg('Hỏi - Đáp')} @keydown=${this.onTabKey}>
        ${shown.map(
          (view) => html`<button type="button" role="tab" part="tab" id="qa-tab-${view}" aria-selected=${view === current ? 'true' : 'false'}
            aria-controls="qa-panel-${view}" tabindex=${view === current ? '0' : '-1'} @click=${() => this.selectView(view)}>${label(view)}</button>`,
        )}
      </div>
      ${shown.map(
        (view) => html`<div class="panel" role="tabpanel" part="panel" id="qa-panel-${view}" aria-labelledby="qa-tab-${view}" tabindex="0" ?hidden=${view !== current}>
          ${view === current ? this.renderView(view, config) : nothing}
        </div>`,
      )}`;
  }

  private renderView(view: QaFormView, config: QaFormConfig): TemplateResult {
    if (view === 'ask') return this.ask.render(config);
    return view === 'track' ? this.tracking.render((lookup) => lookup.render()) : this.answers.render((answers) => answers.render(config));
  }

  /** The tabs pattern of the ARIA Authoring Practices: arrows move between tabs, Home and End to the ends. */
  private readonly onTabKey = (event: KeyboardEvent) => {
    const shown = this.shownViews;
    const index = shown.indexOf(this.current);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: shown.length - 1 }[event.key];
    const view = target === undefined ? undefined : shown[(target + shown.length) % shown.length];
    if (!view) return;
    event.preventDefault();
    void this.selectView(view).then(() => this.renderRoot.querySelector<HTMLElement>(`#qa-tab-${view}`)?.focus());
  };

  private async selectView(view: QaFormView): Promise<void> {
    this.selected = view;
    this.requestUpdate();
    await this.updateComplete;
  }

  /** From the receipt: the tracking view, with the code filled in and the focus on the contact. */
  private async trackQuestion(trackingCode: string): Promise<void> {
    // Offline, the view says it could not be fetched, with Retry; the code is then typed again.
    (await this.tracking.get().catch(() => undefined))?.prefill(trackingCode);
    await this.selectView('track');
    this.renderRoot.querySelector<HTMLElement>('#qa-contact')?.focus();
  }
}
