import { css } from 'lit';

/** The cards of the officials to contact. */
export const targetStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: 1fr;
  }

  /* A long list of cards (a case with many targets) costs a slow phone layout and paint only as the reader scrolls
     to each card, so the appeal shows sooner. */
  .cards.long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 24rem;
  }

  @container (min-width: 40rem) {
    .cards {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
    /* As tall as the tallest card in its row, with the spare height below the content, not between its rows. */
    align-content: start;
    block-size: 100%;
  }

  .target-name {
    font-weight: 700;
    font-size: 1.1em;
  }

  .target-role,
  .note {
    color: var(--_muted);
  }

  .note {
    font-size: 0.9em;
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 0.5);
  }

  .contacts {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.25rem calc(var(--_space) * 0.75);
    margin: 0;
  }

  .contacts dt {
    grid-column: 1;
    color: var(--_muted);
    font-size: 0.875em;
    padding-block-start: 0.1em;
  }

  .contacts dd {
    grid-column: 2;
    margin: 0;
  }

  .contacts a {
    display: inline-block;
    min-block-size: 24px;
  }

  /* Down to 280 px: contact labels above their values. */
  @container (width < 24rem) {
    .contacts {
      grid-template-columns: 1fr;
    }

    .contacts dd {
      grid-column: 1;
    }
  }

  /* Each address line keeps the direction of its own text (the case-text rule in base styles) and a number reads
     left to right, while their boxes still sit on the interface's start side. */
  address {
    font-style: normal;
    inline-size: fit-content;
  }

  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    direction: ltr;
    unicode-bidi: isolate;
    justify-self: start;
  }

  .contacts .link-button {
    margin-inline-start: 0.25rem;
    min-block-size: 2rem;
  }

  .contacts dd:has(.link-button) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }

  .script summary {
    cursor: pointer;
    min-block-size: 24px;
    color: var(--_accent);
  }

  .script p {
    margin-block-start: 0.25rem;
    padding-inline-start: calc(var(--_space) * 0.5);
    border-inline-start: 3px solid var(--_border);
  }
`;
