import { css } from 'lit';

export const pollStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .question {
    margin: 0;
    padding: 0;
    font-weight: bold;
  }
  p {
    margin: 0.5rem 0 0;
  }
  .muted {
    color: var(--_muted);
  }
  ol {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.75em;
  }
  li + li {
    margin-block-start: 0.5rem;
  }
  label {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    cursor: pointer;
  }
  input {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .problem:not(:empty) {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--vn-color-danger, light-dark(#b3261e, #ffb4ab));
    color: var(--vn-color-danger, light-dark(#b3261e, #ffb4ab));
    font-weight: bold;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  [part~='vote-button'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--vn-color-on-accent, light-dark(#fff, #00214a));
  }
  .result-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1ch;
  }
  .figures {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .bar {
    display: block;
    block-size: var(--vn-poll-bar-height, 0.5rem);
    margin-block-start: 0.125rem;
    border-radius: var(--_radius);
    background: var(--vn-poll-bar-track, color-mix(in srgb, currentColor 12%, transparent));
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    inline-size: var(--_share);
    background: var(--vn-poll-bar-color, var(--_accent));
  }
  .total {
    font-weight: bold;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .skeleton * {
    block-size: 1.5em;
    margin-block-end: 0.5rem;
  }
  .skeleton :first-child {
    inline-size: 80%;
  }
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .bar > span {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [part~='vote-button'] {
      background: ButtonFace;
      color: ButtonText;
    }
    .problem:not(:empty) {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
