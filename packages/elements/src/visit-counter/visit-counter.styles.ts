import { css } from 'lit';

export const visitCounterStyles = css`
  dl {
    margin: 0;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5ch;
  }
  dt {
    font-weight: bold;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  :host([layout='compact']) dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5ch;
  }
  :host([layout='badge']) {
    display: inline-block;
  }
  :host([layout='badge']) dl {
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_accent);
  }
  .skeleton * {
    inline-size: 16rem;
    max-inline-size: 100%;
    block-size: 3em;
  }
  :host([layout='compact']) .skeleton *,
  :host([layout='badge']) .skeleton * {
    inline-size: 8rem;
    block-size: 1.5em;
  }
`;
