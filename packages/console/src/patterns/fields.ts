import type { FieldLimit } from '@vn-portal/schema';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Writes } from './writes.js';

export interface FieldOptions {
  /** The path of the value in the request body (`position.vi`): the form field's name and its errors' key. */
  name: string;
  label: string;
  /** The field's limits from the schema's table for its form (`leaderInputLimits.fullName`): the input's `required` and `maxlength`. */
  limit: FieldLimit;
  value?: string | number | undefined;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'datetime-local';
  hint?: string;
}

const fieldId = (name: string) => `field-${name.replace(/\W/g, '-')}`;

/** A labelled input whose limits come from the schema, with its error (from the schema or the server) tied to it. */
export function field(writes: Writes, { name, label, limit: { required, maxLength }, value, type = 'text', hint }: FieldOptions) {
  const error = writes.fieldError(name);
  const id = fieldId(name);
  const described = [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint === undefined ? nothing : html`<span class="hint" id="${id}-hint">${hint}</span>`}
    <input
      id=${id}
      name=${name}
      type=${type}
      .value=${value === undefined ? '' : String(value)}
      ?required=${required}
      maxlength=${ifDefined(maxLength)}
      aria-invalid=${error === undefined ? 'false' : 'true'}
      aria-describedby=${ifDefined(described === '' ? undefined : described)}
    />
    ${error === undefined ? nothing : html`<span class="field-error" id="${id}-error">${error}</span>`}
  </div>`;
}

/** A labelled select of `options` (`[value, label]`), with its error tied to it. */
export function choice(writes: Writes, name: string, label: string, options: readonly (readonly [string, string])[], value?: string) {
  const error = writes.fieldError(name);
  const id = fieldId(name);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name} aria-invalid=${error === undefined ? 'false' : 'true'} aria-describedby=${ifDefined(error === undefined ? undefined : `${id}-error`)}>
      ${options.map(([optionValue, optionLabel]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${optionLabel}</option>`)}
    </select>
    ${error === undefined ? nothing : html`<span class="field-error" id="${id}-error">${error}</span>`}
  </div>`;
}

/** The form's values by name, trimmed; an empty field is absent, as the schemas' optional fields expect. */
export function formValues(form: HTMLFormElement): (name: string) => string | undefined {
  const data = new FormData(form);
  return (name) => {
    const value = data.get(name);
    const text = typeof value === 'string' ? value.trim() : '';
    return text === '' ? undefined : text;
  };
}

/** `<input type="datetime-local">`'s value (local time) as an ISO instant, and back. */
export const instantOfLocal = (local: string | undefined): string | undefined => (local === undefined ? undefined : new Date(local).toISOString());
export function localOfInstant(instant: string | undefined): string | undefined {
  if (instant === undefined) return undefined;
  const date = new Date(instant);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
