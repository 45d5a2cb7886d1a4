import { css } from 'lit';

export const sourceCreditStyles = css`
  p {
    margin: 0 0 0.5rem;
  }
  [part='line'] {
    font-style: italic;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5ch;
    color: var(--_muted);
  }
  .skeleton * {
    inline-size: 20rem;
    max-inline-size: 100%;
    block-size: 4.5em;
  }
`;
