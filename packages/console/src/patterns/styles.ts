import { css } from 'lit';

/** The look every console screen shares: readable type, 44 px targets, a visible focus ring, WCAG AA contrast. */
export const consoleStyles = css`
  :host {
    display: block;
    font: 1rem/1.5 system-ui, sans-serif;
    color: #1a1a1a;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  button,
  textarea {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
  }
  button {
    background: #0b4f9c;
    color: #fff;
    border: 1px solid #0b4f9c;
    border-radius: 4px;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: #0b4f9c;
  }
  button.danger {
    background: #a4000f;
    border-color: #a4000f;
  }
  button[disabled] {
    opacity: 0.7;
    cursor: wait;
  }
  :focus-visible {
    outline: 3px solid #d9480f;
    outline-offset: 2px;
  }
  .problem,
  .field-error {
    color: #a4000f;
  }
  .hint {
    color: #4a4a4a;
    font-size: 0.9rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-bottom: 1px solid #c4c4c4;
    vertical-align: top;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  form {
    display: grid;
    gap: 0.75rem;
    margin-block: 1rem;
    max-width: 40rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .toolbar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .notice:not(:empty) {
    padding: 0.5rem;
    background: #e8f1fb;
    display: flex;
    gap: 1rem;
    align-items: center;
  }
  .overdue {
    color: #a4000f;
    font-weight: 700;
  }
  fieldset {
    border: 1px solid #c4c4c4;
  }
  dialog {
    max-width: 30rem;
  }
  .scroll {
    overflow-x: auto;
  }
  .secret {
    font-family: ui-monospace, monospace;
    width: 100%;
  }
  /* The rich text editor (questions' answers, leaders' biographies), which renders into the screen's tree. */
  .editor {
    display: grid;
    gap: 0.25rem;
  }
  .editor-label {
    font-weight: 600;
  }
  [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  button.tool {
    background: #fff;
    color: #1a1a1a;
    border-color: #767676;
  }
  button.tool[aria-pressed='true'] {
    background: #1a1a1a;
    color: #fff;
  }
  .editable {
    min-height: 8rem;
    padding: 0.5rem;
    border: 1px solid #767676;
    border-radius: 4px;
  }
`;
