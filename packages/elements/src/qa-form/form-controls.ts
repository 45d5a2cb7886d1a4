import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../shared/localization.js';
import { inputPurpose, type FormField } from './ask-fields.js';

/** A field's problem, shown next to it and in the error summary. */
export interface FieldProblem {
  field: FormField;
  label: string;
  text: string;
}

export const fieldId = (field: FormField) => `qa-${field}`;

/** The ids `aria-describedby` lists, for the parts that are there. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

export const errorLine = (t: Translator, field: FormField, text: string) =>
  html`<p class="error" part="field-error" id="qa-${field}-error"><span class="visually-hidden">${t.msg('Lỗi:')}</span> ${text}</p>`;

/**
 * The list of problems above a form, as GOV.UK's error summary: it takes the focus after a failed
 * submit, and each entry moves the focus to its field (fragment links cannot reach into a shadow
 * root, so the link does it itself).
 */
export function errorSummary(t: Translator, problems: readonly FieldProblem[], root: ParentNode): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const focusField = (event: Event, field: FormField) => {
    event.preventDefault();
    root.querySelector<HTMLElement>(`#${fieldId(field)}`)?.focus();
  };
  return html`<div class="summary" part="error-summary" tabindex="-1" aria-labelledby="qa-summary-heading">
    <div role="alert">
      <h2 id="qa-summary-heading">${t.msg('Vui lòng sửa các mục sau')}</h2>
      <ul>
        ${problems.map(({ field, label, text }) => html`<li><a href="#${fieldId(field)}" @click=${(event: Event) => focusField(event, field)}>${label}: ${text}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

/** Renders the error summary and moves the focus to it. */
export async function focusSummary(host: { requestUpdate(): void; updateComplete: Promise<boolean>; renderRoot: ParentNode }): Promise<void> {
  host.requestUpdate();
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
}

export interface TextFieldOptions {
  name: FormField;
  label: string;
  value: string;
  required: boolean;
  problem?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  /** Ids of further descriptions rendered in `after` (a character count, a conversion offer). */
  described?: (string | false)[];
  after?: unknown;
}

/** A labelled text input or textarea with its hint, inline error and ARIA wiring. */
export function textField(t: Translator, options: TextFieldOptions): TemplateResult {
  const { name, label, value, required, problem, hint } = options;
  const purpose = inputPurpose[name];
  const ids = describedBy(hint && `qa-${name}-hint`, problem && `qa-${name}-error`, ...(options.described ?? []));
  const invalid = problem ? 'true' : 'false';
  return html`<div class="field" part="field">
    <label for=${fieldId(name)}>${label}${required ? nothing : html` <span class="optional">${t.msg('(không bắt buộc)')}</span>`}</label>
    ${hint ? html`<p class="hint" id="qa-${name}-hint">${hint}</p>` : nothing}
    ${problem ? errorLine(t, name, problem) : nothing}
    ${options.multiline
      ? html`<textarea id=${fieldId(name)} name=${name} rows="8" ?required=${required} aria-invalid=${invalid} aria-describedby=${ids} .value=${value}></textarea>`
      : html`<input id=${fieldId(name)} name=${name} type=${purpose?.type ?? 'text'} autocomplete=${purpose?.autocomplete ?? nothing}
          ?required=${required} aria-invalid=${invalid} aria-describedby=${ids} .value=${value} />`}
    ${options.after ?? nothing}
  </div>`;
}
