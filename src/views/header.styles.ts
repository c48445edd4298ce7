import { css } from 'lit';

/** The title block and the summary. */
export const headerStyles = css`
  .title {
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
    font-size: 1.6em;
  }


  .header {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    border-block-end: 3px solid var(--_accent);
    padding-block-end: var(--_space);
  }

  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-size: 0.9em;
  }

  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0.1em 0.7em;
  }
`;
