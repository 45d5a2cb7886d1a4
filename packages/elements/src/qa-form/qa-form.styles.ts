import { css } from 'lit';

export const qaFormStyles = css`
  :host {
    --_danger: var(--vn-color-danger, light-dark(#b3261e, #ffb4ab));
  }
  h2,
  h3 {
    margin: var(--_gap) 0 0.5rem;
    font-size: 1.125em;
  }
  p,
  ul,
  ol,
  dl {
    margin-block: 0 0.5rem;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    border-color: transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    border-block-end: 3px solid var(--_accent);
    font-weight: bold;
  }
  .panel {
    padding-block: var(--_gap);
  }
  .rich,
  .summary,
  .receipt,
  .status,
  .legacy,
  .similar,
  .answers > li {
    margin-block-end: var(--_gap);
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .rich > :last-child {
    margin-block-end: 0;
  }
  .summary {
    border: 3px solid var(--_danger);
  }
  .summary h2 {
    margin-block-start: 0;
  }
  fieldset {
    margin: 0 0 var(--_gap);
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: 0.5rem;
    font-weight: bold;
    font-size: 1.125em;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: var(--_gap);
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: start;
  }
  .field.check > .error {
    grid-column: 1 / -1;
  }
  .kinds label {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    margin-inline-end: var(--_gap);
    min-block-size: 2rem;
  }
  label {
    font-weight: bold;
  }
  .optional,
  .hint,
  .meta,
  .muted {
    color: var(--_muted);
    font-weight: normal;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: Field;
    color: FieldText;
    font: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger) !important;
  }
  .error,
  .alert {
    color: var(--_danger);
    font-weight: bold;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .row input {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  [role='search'] {
    margin-block-end: var(--_gap);
  }
  .primary {
    background: var(--_accent);
    color: Canvas;
  }
  .converted,
  .question {
    white-space: pre-line;
  }
  .answers {
    padding: 0;
    list-style: none;
  }
  .answers h3 {
    margin-block-start: 0;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 1rem;
  }
  dd {
    margin: 0;
  }
  dt {
    font-weight: bold;
  }
  .timeline li {
    margin-block-end: 0.5rem;
  }
  .skeleton * {
    block-size: 3rem;
    margin-block-end: var(--_gap);
  }
  @media (forced-colors: active) {
    .primary {
      background: ButtonText;
      color: ButtonFace;
    }
    [aria-invalid='true'],
    .summary {
      border-color: Mark !important;
    }
  }
`;
