import { css } from 'lit';

export const legalDocsStyles = css`
  :host {
    container-type: inline-size;
    --_danger: var(--vn-color-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--vn-color-success, light-dark(#1b6b34, #8fd6a0));
    --_warning: var(--vn-color-warning, light-dark(#8a4b00, #ffc27a));
  }
  * {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3,
  h4 {
    font-size: 1em;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  [part~='base'],
  form,
  article,
  .columns,
  .columns > div,
  .filters,
  .results,
  .latest,
  .comments,
  .field {
    display: grid;
    gap: 0.75rem;
    align-content: start;
  }
  [part~='result'] {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @container (min-width: 44rem) {
    .columns {
      grid-template-columns: var(--vn-legal-docs-filters-width, 15rem) minmax(0, 1fr);
    }
  }
  .muted,
  dt {
    color: var(--_muted);
  }
  input,
  select,
  textarea {
    font: inherit;
    min-block-size: 2rem;
  }
  .search-row,
  .toolbar,
  .active-filters,
  nav,
  .facts,
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .search-row input {
    flex: 1 1 12rem;
  }
  .toolbar {
    justify-content: space-between;
  }
  .field input,
  textarea {
    inline-size: 100%;
  }
  .count,
  summary {
    font-weight: bold;
  }
  details {
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset {
    display: grid;
    padding: 0;
    border: 0;
  }
  .facts dt::after {
    content: ':';
  }
  .metadata {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  .metadata div {
    display: contents;
  }
  .badge {
    padding: 0 0.5rem;
    border: 1px solid;
    border-radius: 1rem;
    color: var(--_muted);
  }
  .in-force,
  .open {
    color: var(--_success);
  }
  .expired {
    color: var(--_danger);
  }
  .partly-expired,
  .suspended,
  .upcoming {
    color: var(--_warning);
  }
  li,
  dd {
    overflow-wrap: break-word;
  }
  .signed::before {
    content: '✓ ';
  }
  .summary,
  .content {
    white-space: pre-line;
  }
  .latest .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .problem {
    color: var(--_danger);
    font-weight: bold;
  }
  .problem:empty {
    display: none;
  }
  .error-summary,
  .notice {
    padding: 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .notice {
    border-color: var(--_success);
  }
  mark {
    background: var(--vn-color-highlight, light-dark(#fff1a8, #5a4700));
    color: inherit;
  }
  .closest {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton * {
    block-size: 6rem;
  }
`;
