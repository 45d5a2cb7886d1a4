import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionStatus } from '@vn-portal/schema';
import { fieldHint, fieldLabel, type FormField } from './ask-fields.js';
import { errorSummary, focusSummary, textField, type FieldProblem } from './form-controls.js';
import type { Problems } from './question-checks.js';
import type { QaFormContext, Submitting } from './form-context.js';
import type { VnQaForm } from './qa-form.js';

/** Looks a question up by tracking code and the asker's email or phone, and shows where it is. */
export class StatusLookup {
  private values: Partial<Record<FormField, string>> = {};
  private problems: Problems = new Map();
  private readonly lookup: Submitting = { busy: false };
  private status: QuestionStatus | undefined;

  private readonly host: VnQaForm;

  constructor(private readonly context: QaFormContext) {
    this.host = context.host;
  }

  /** Fills in the code just given, so the visitor only adds the contact. */
  prefill(trackingCode: string): void {
    this.values = { trackingCode };
    this.problems = new Map();
    this.lookup.failure = undefined;
    this.status = undefined;
  }

  render(): TemplateResult {
    const checks = this.context.replies;
    const problemOf = (field: FormField) => {
      const problem = this.problems.get(field);
      return problem && checks?.problemText(this.context.t, problem);
    };
    const field = (name: FormField): TemplateResult =>
      textField(this.context.t, { name, label: fieldLabel(this.context.t, name, 'individual'), value: this.values[name] ?? '', required: true, hint: fieldHint(this.context.t, name), problem: problemOf(name) });
    const listed: FieldProblem[] = (['trackingCode', 'contact'] as const).flatMap((name) => {
      const text = problemOf(name);
      return text ? [{ field: name, label: fieldLabel(this.context.t, name, 'individual'), text }] : [];
    });
    return html`${errorSummary(this.context.t, listed, this.host.renderRoot)}
      <form part="track-form" novalidate @submit=${this.lookUp} @input=${this.onInput} @focusin=${this.context.warm}>
        ${field('trackingCode')} ${field('contact')}
        ${this.lookup.failure ? html`<p class="alert" part="track-error" role="alert">${this.context.failureText(this.lookup.failure, 'lookupFailureText')}</p>` : nothing}
        <button type="submit" part="track-button" aria-disabled=${this.lookup.busy ? 'true' : 'false'}>${this.context.t.msg('Xem tình trạng')}</button>
      </form>
      ${this.status && checks ? checks.renderStatus(this.status, this.context) : nothing}`;
  }

  private readonly onInput = (event: Event) => {
    const { name, value } = event.target as HTMLInputElement;
    this.values[name as FormField] = value;
  };

  private readonly lookUp = async (event: SubmitEvent) => {
    event.preventDefault();
    await this.context.submitOnce(this.lookup, async (checks) => {
      const { request, problems } = checks.checkStatusRequest(this.values.trackingCode ?? '', this.values.contact ?? '');
      this.problems = problems;
      if (!request) {
        await focusSummary(this.host);
        return;
      }
      this.status = await this.context.api().getQuestionStatus({ body: request });
      this.lookup.busy = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
    });
  };
}
