import { css } from 'lit';

/** The table of people concerned and their sentences. */
export const peopleStyles = css`

  .people {
    border-collapse: collapse;
    inline-size: 100%;
  }

  .people caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.25em;
    padding-block-end: calc(var(--_space) * 0.5);
  }

  .people th,
  .people td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }

  .people thead th {
    color: var(--_muted);
    font-size: 0.875em;
    border-block-end-width: 2px;
  }

  .people tbody th {
    font-weight: 600;
  }

  .sentence {
    font-weight: 600;
    white-space: nowrap;
  }

  .aside {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }
`;
