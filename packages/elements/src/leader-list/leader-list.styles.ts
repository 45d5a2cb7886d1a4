import { css } from 'lit';

export const leaderListStyles = css`
  .leaders {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--vn-leader-card-min-width, 16rem), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='list']) .leaders {
    grid-template-columns: 1fr;
  }
  .leader {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: start;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .leader > :not(.photo) {
    grid-column: 2;
  }
  .photo {
    grid-row: span 4;
    inline-size: var(--vn-leader-photo-size, 5rem);
    block-size: auto;
    aspect-ratio: 3 / 4;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  p,
  dl {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .duties {
    white-space: pre-line;
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 0.5rem;
  }
  dd {
    margin: 0;
    /* Breaks come after @ . / (see breakable()); mid-word only when a piece alone is too wide. */
    overflow-wrap: break-word;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .biography {
    grid-column: 1 / -1 !important;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .skeleton {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--vn-leader-card-min-width, 16rem), 1fr));
    gap: var(--_gap);
  }
  .skeleton * {
    block-size: 9rem;
  }
`;
