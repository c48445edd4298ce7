import { css } from 'lit';

/** The letter's fields and the action area: copy, send, print, share, contact actions and the ended notice. */
export const actionStyles = css`
  .signer {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  @container (min-width: 36rem) {
    .signer {
      grid-template-columns: 1fr 1fr;
    }
  }

  .link-button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    margin-inline-start: -0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
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

  .send-label {
    flex-basis: 100%;
  }

  .notice {
    font-weight: 600;
  }

  /* Out of the flow while silent, but never display: none: a live region must exist before its message to be announced. */
  .notice:empty {
    position: absolute;
  }

  .share,
  .outcome {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .outcome {
    padding: var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
