import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { AskerKind, QaFormConfig, QuestionReceipt, QuestionSubmission } from '@vn-portal/schema';
import { ApiProblemError, randomToken } from '@vn-portal/sdk';
import { formatNumber } from '@vn-portal/sdk/vietnamese';
import { LazyPart } from '../shared/lazy-part.js';
import { pickText } from '../shared/localized-text.js';
import { str } from '../shared/localization.js';
import { honeypotField, honeypotOf } from '../shared/honeypot.js';
import { fieldHint, fieldLabel, freeText, identityControls, type FormField } from './ask-fields.js';
import { describedBy, errorLine, errorSummary, fieldId, focusSummary, textField, type FieldProblem } from './form-controls.js';
import type { Problems, SubmissionInput } from './question-checks.js';
import { clearDraft, loadDraft, newDraft, saveDraft, type QuestionDraft } from './question-draft.js';
import type { QaFormContext, Submitting } from './form-context.js';
import type { SimilarAnswers } from './similar-answers.js';
import type { VnQaForm } from './qa-form.js';

/**
 * The ask form: identity fields from the province's configuration, topic, agency, title (with
 * similar published answers), content, consent; a draft kept for the tab; one submission per
 * draft whatever the network does; and the receipt.
 */
export class AskForm implements ReactiveController {
  private stored: QuestionDraft | undefined;
  private restored = false;
  private consent = false;
  private problems: Problems = new Map();
  /** After the first submit, problems are checked again as the visitor fixes them. */
  private attempted = false;
  private readonly submitting: Submitting = { busy: false };
  /**
   * The body last sent whose fate is unknown (the connection dropped): if the visitor changes the
   * question and the server says the key was used for other content, that body reached it, and
   * sending it again with its key recovers its receipt instead of asking twice.
   */
  private unsettled: { key: string; body: QuestionSubmission } | undefined;
  private receipt: QuestionReceipt | undefined;
  /** The receipt is that of a version sent before the visitor's last changes. */
  private earlierVersion = false;
  private readonly legacy = new Map<FormField, { encoding: string; converted: string }>();
  /** Published answers like the title typed: fetched with the first title typed. */
  private readonly similar: LazyPart<SimilarAnswers>;

  private readonly host: VnQaForm;

  constructor(private readonly context: QaFormContext) {
    this.host = context.host;
    this.host.addController(this);
    this.similar = new LazyPart(this.host, () => import('./similar-answers.js').then(({ SimilarAnswers }) => new SimilarAnswers(context)));
  }

  private get scope(): string {
    return `${this.context.apiBase() ?? ''}|${this.context.agency() ?? ''}`;
  }

  /**
   * The draft, read from the tab's storage on first use only: an element moved in the page keeps
   * what was typed, the ID number included.
   */
  private get draft(): QuestionDraft {
    if (!this.stored) {
      const stored = loadDraft(this.scope);
      this.restored = Object.values(stored?.values ?? {}).some(Boolean);
      this.stored = stored ?? newDraft();
    }
    return this.stored;
  }

  hostDisconnected(): void {
    this.similar.value?.stop();
  }

  render(config: QaFormConfig): TemplateResult {
    const { locale, richText, replies: checks } = this.context;
    // A receipt comes after a submit, which loaded the replies.
    if (this.receipt && checks) {
      const { trackingCode } = this.receipt;
      return checks.renderReceipt(this.receipt, config, this.context, {
        earlierVersion: this.earlierVersion,
        track: this.context.views.shown().includes('track') ? () => void this.context.views.track(trackingCode) : undefined,
        askAnother: this.askAnother,
      });
    }
    const kind = this.kindOf(config);
    const identity = identityControls(kind, config);
    const order: FormField[] = ['kind', ...identity.map((control) => control.name), 'topic', 'agency', 'title', 'content', 'consent'];
    const listed = order.flatMap((field): FieldProblem[] => {
      const text = this.problemText(field);
      return text ? [{ field, label: fieldLabel(this.context.t, field, kind), text }] : [];
    });
    return html`${richText.render(config.scopeNotice, locale, 'scope-notice')}
      ${this.restored
        ? html`<p class="row" part="draft-notice">
            ${this.context.t.msg('Câu hỏi chưa gửi của bạn đã được khôi phục.')}
            <button type="button" part="discard-button" @click=${this.discard}>${this.context.t.msg('Nhập lại từ đầu')}</button>
          </p>`
        : nothing}
      ${errorSummary(this.context.t, listed, this.host.renderRoot)}
      <form part="ask-form" novalidate @submit=${(event: SubmitEvent) => this.submit(event, config)} @input=${(event: InputEvent) => this.onInput(event, config)}
        @change=${this.onChange} @focusin=${this.context.warm}>
        ${config.askerKinds.length > 1 ? this.renderKinds(config.askerKinds, kind) : nothing}
        <fieldset>
          <legend>${kind === 'individual' ? this.context.t.msg('Thông tin người hỏi') : this.context.t.msg('Thông tin tổ chức')}</legend>
          ${identity.map(({ name, rule }) => this.textField(name, kind, rule === 'required'))}
        </fieldset>
        <fieldset>
          <legend>${this.context.t.msg('Câu hỏi')}</legend>
          ${this.renderChoice('topic', kind, config.topics, this.context.t.msg('Chọn lĩnh vực'), true)}
          ${config.agencies.length > 0 ? this.renderChoice('agency', kind, config.agencies, this.context.t.msg('Để Ban biên tập chuyển cơ quan phù hợp'), false) : nothing}
          ${this.textField('title', kind, true, this.similar.value?.render())}
          ${this.textField('content', kind, true, this.renderCount(config), 'qa-content-count')}
        </fieldset>
        ${richText.render(config.consent.notice, locale, 'consent-notice')}
        ${this.renderConsent()}
        ${honeypotField()}
        ${this.submitting.failure ? html`<p class="alert" part="submit-error" role="alert">${this.context.failureText(this.submitting.failure, 'submitFailureText')}</p>` : nothing}
        <button type="submit" part="submit-button" class="primary" aria-disabled=${this.submitting.busy ? 'true' : 'false'}>
          ${this.submitting.busy ? this.context.t.msg('Đang gửi…') : this.context.t.msg('Gửi câu hỏi')}
        </button>
      </form>`;
  }

  private renderConsent() {
    const problem = this.problemText('consent');
    return html`<div class="field check" part="field">
      ${problem ? errorLine(this.context.t, 'consent', problem) : nothing}
      <input type="checkbox" id=${fieldId('consent')} name="consent" required .checked=${this.consent}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy(problem && 'qa-consent-error')} />
      <label for=${fieldId('consent')}>${this.context.t.msg('Tôi đã đọc thông báo về thông tin cá nhân ở trên và đồng ý.')}</label>
    </div>`;
  }

  private kindOf(config: QaFormConfig): AskerKind {
    const { kind } = this.draft;
    return kind && config.askerKinds.includes(kind) ? kind : (config.askerKinds[0] ?? 'individual');
  }

  private problemText(field: FormField): string | undefined {
    const problem = this.problems.get(field);
    return problem && this.context.replies?.problemText(this.context.t, problem);
  }

  private textField(name: FormField, kind: AskerKind, required: boolean, after?: unknown, described?: string): TemplateResult {
    const legacy = this.legacy.get(name);
    return textField(this.context.t, {
      name,
      label: fieldLabel(this.context.t, name, kind),
      value: this.draft.values[name] ?? '',
      required,
      hint: fieldHint(this.context.t, name),
      problem: this.problemText(name),
      multiline: name === 'content',
      described: [described ?? false, legacy !== undefined && `qa-${name}-legacy`],
      after: html`${after ?? nothing}${legacy && this.context.replies
        ? this.context.replies.renderLegacyOffer(this.context.t, `qa-${name}-legacy`, legacy, () => void this.useConverted(name, legacy.converted), () => void this.dismissLegacy(name))
        : nothing}`,
    });
  }

  private renderKinds(kinds: readonly AskerKind[], kind: AskerKind) {
    const label = (option: AskerKind) => (option === 'individual' ? this.context.t.msg('Cá nhân') : this.context.t.msg('Tổ chức'));
    return html`<fieldset class="kinds" part="kind">
      <legend>${fieldLabel(this.context.t, 'kind', kind)}</legend>
      ${kinds.map(
        (option, index) => html`<label>
          <input type="radio" name="kind" id=${index === 0 ? fieldId('kind') : nothing} value=${option} .checked=${option === kind} />
          ${label(option)}
        </label>`,
      )}
    </fieldset>`;
  }

  private renderChoice(name: 'topic' | 'agency', kind: AskerKind, options: QaFormConfig['topics'], placeholder: string, required: boolean) {
    const problem = this.problemText(name);
    const value = this.draft.values[name] ?? (name === 'agency' ? this.defaultAgency(options) : '');
    return html`<div class="field" part="field">
      <label for=${fieldId(name)}>${fieldLabel(this.context.t, name, kind)}${required ? nothing : html` <span class="optional">${this.context.t.msg('(không bắt buộc)')}</span>`}</label>
      ${problem ? errorLine(this.context.t, name, problem) : nothing}
      <select id=${fieldId(name)} name=${name} ?required=${required} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy(problem && `qa-${name}-error`)}>
        <option value="">${placeholder}</option>
        ${options.map((option) => html`<option value=${option.code} ?selected=${option.code === value}>${pickText(option.name, this.context.locale).text}</option>`)}
      </select>
    </div>`;
  }

  /** A department's own site sends its questions to that department unless the visitor chooses otherwise. */
  private defaultAgency(options: QaFormConfig['agencies']): string {
    const agency = this.context.agency();
    return options.some((option) => option.code === agency) ? (agency ?? '') : '';
  }

  private renderCount(config: QaFormConfig) {
    const { locale } = this.context;
    const count = formatNumber(this.textOf('content').length, locale);
    const max = formatNumber(config.limits.contentMax, locale);
    const min = config.limits.contentMin;
    return html`<p class="hint" part="count" id="qa-content-count">
      ${this.context.t.msg(str`${count}/${max} ký tự`)}${min > 0 ? html`. ${this.context.t.msg(str`Tối thiểu ${formatNumber(min, locale)}.`)}` : nothing}
    </p>`;
  }

  /** The text the visitor typed, composed to NFC and trimmed, as the schema will see it. */
  private textOf(name: FormField): string {
    return (this.draft.values[name] ?? '').normalize('NFC').trim();
  }

  private input(config: QaFormConfig): SubmissionInput {
    const kind = this.kindOf(config);
    const asker: Record<string, string> = { kind };
    // Empty optional fields are left out, as the schema wants; hidden ones are never sent.
    for (const { name } of identityControls(kind, config)) if (this.textOf(name)) asker[name] = this.textOf(name);
    const agency = this.draft.values.agency ?? this.defaultAgency(config.agencies);
    return {
      asker,
      topic: this.textOf('topic'),
      ...(agency ? { agency } : {}),
      title: this.textOf('title'),
      content: this.textOf('content'),
      consent: { accepted: this.consent, version: config.consent.version },
      ...honeypotOf(this.host.renderRoot.querySelector<HTMLFormElement>('[part~="ask-form"]')),
    };
  }

  private save(): void {
    saveDraft(this.scope, this.draft);
  }

  private onInput(event: InputEvent, config: QaFormConfig): void {
    const target = event.target as HTMLInputElement;
    const name = target.name as FormField;
    if (target.name === 'website') return;
    if (name === 'consent') this.consent = target.checked;
    else if (name === 'kind') this.draft.kind = target.value as AskerKind;
    else this.draft.values[name] = target.value;
    if (name === 'title') void this.similar.get().then((similar) => similar.find(this.textOf('title')), () => undefined);
    if (freeText.has(name) && (event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop')) void this.checkLegacy(name, target.value);
    this.save();
    if (this.attempted) void this.recheck(config);
    this.host.requestUpdate();
  }

  /** Text is kept in NFC, as TCVN 6909 wants, once the visitor leaves the field. */
  private readonly onChange = (event: Event) => {
    const { name, value } = event.target as HTMLInputElement;
    if (!(name in this.draft.values) || value.normalize('NFC') === value) return;
    this.draft.values[name] = value.normalize('NFC');
    this.save();
    this.host.requestUpdate();
  };

  private async recheck(config: QaFormConfig): Promise<void> {
    const checks = await this.context.prepare();
    this.problems = checks.checkQuestion(this.input(config), config).problems;
    this.host.requestUpdate();
  }

  private async checkLegacy(name: FormField, text: string): Promise<void> {
    const replies = await this.context.prepare();
    const reading = replies.legacyReading(text);
    if (!reading || this.draft.values[name] !== text) return;
    this.legacy.set(name, reading);
    this.host.requestUpdate();
    this.context.say(replies.legacyFoundText(this.context.t));
  }

  private async useConverted(name: FormField, converted: string): Promise<void> {
    this.draft.values[name] = converted;
    this.legacy.delete(name);
    this.save();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`)?.focus();
    // Offered by the replies, which are there.
    const replies = await this.context.prepare();
    this.context.say(replies.legacyConvertedText(this.context.t));
  }

  private async dismissLegacy(name: FormField): Promise<void> {
    this.legacy.delete(name);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`)?.focus();
  }

  private async submit(event: SubmitEvent, config: QaFormConfig): Promise<void> {
    event.preventDefault();
    await this.context.submitOnce(this.submitting, async (checks) => {
      const { submission, problems } = checks.checkQuestion(this.input(config), config);
      this.attempted = true;
      this.problems = problems;
      if (!submission) {
        this.submitting.busy = false;
        await focusSummary(this.host);
        return;
      }
      await this.send(submission, config);
    });
  }

  private async send(body: QuestionSubmission, config: QaFormConfig): Promise<void> {
    const api = this.context.api();
    const { key } = this.draft;
    const earlier = this.unsettled?.key === key && JSON.stringify(this.unsettled.body) !== JSON.stringify(body) ? this.unsettled.body : undefined;
    this.unsettled = { key, body };
    try {
      await this.succeed(await api.submitQuestion({ body }, { idempotencyKey: key }));
    } catch (error) {
      if (!(error instanceof ApiProblemError)) throw error;
      if (error.code === 'idempotency-conflict') {
        if (earlier) {
          // What the server holds under this key, should the replay itself be cut off.
          this.unsettled = { key, body: earlier };
          await this.succeed(await api.submitQuestion({ body: earlier }, { idempotencyKey: key }), true);
          return;
        }
        // The earlier version reached the portal before this page was reloaded; its receipt is
        // out of reach, so this version goes as a question of its own.
        this.draft.key = randomToken();
        this.save();
      }
      // Refused for good: the key was not used, or is now replaced.
      if (error.status < 500) this.unsettled = undefined;
      if (error.status === 422 && error.fieldErrors.length > 0) {
        this.problems = (await this.context.prepare()).serverProblems(error.fieldErrors, config);
        this.submitting.busy = false;
        await focusSummary(this.host);
        return;
      }
      throw error;
    }
  }

  private async succeed(receipt: QuestionReceipt, earlierVersion = false): Promise<void> {
    clearDraft(this.scope);
    this.receipt = receipt;
    this.earlierVersion = earlierVersion;
    this.reset();
    this.host.emit('vn-question-submitted', receipt);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[part~="receipt"]')?.focus();
  }

  private reset(): void {
    this.stored = newDraft();
    this.restored = false;
    this.consent = false;
    this.problems = new Map();
    this.attempted = false;
    this.unsettled = undefined;
    this.legacy.clear();
    this.similar.value?.clear();
  }

  private readonly discard = () => {
    clearDraft(this.scope);
    this.reset();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="ask-form"] input, [part~="ask-form"] select')?.focus());
  };

  private readonly askAnother = () => {
    this.receipt = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="ask-form"] input')?.focus());
  };
}
