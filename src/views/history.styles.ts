import { css } from 'lit';

/** "How this appeal developed" and the "New since you acted" notice. */
export const historyStyles = css`
  .history summary {
    cursor: pointer;
    min-block-size: 24px;
    color: var(--_accent);
    font-weight: 600;
  }

  .history ol {
    display: grid;
    gap: var(--_space);
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
    list-style: none;
  }

  .history li {
    display: grid;
    gap: 0.25rem;
  }

  .history-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .history-kind {
    font-weight: 600;
  }

  .history-title {
    font-weight: 700;
  }

  .history-notice {
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
