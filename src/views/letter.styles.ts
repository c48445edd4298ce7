import { css } from 'lit';

/** The letter: its fields, the paper, the send buttons. */
export const letterStyles = css`

  .paper {
    display: flex;
    flex-flow: column;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .signer {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  @container (min-width: 36rem) {
    .signer {
      grid-template-columns: 1fr 1fr;
    }
  }

  .reset {
    align-self: start;
  }

  .send-label {
    flex-basis: 100%;
  }
`;
