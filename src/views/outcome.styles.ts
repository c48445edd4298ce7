import { css } from 'lit';

/** The notice shown instead of the actions once the appeal has ended. */
export const outcomeStyles = css`
  .outcome {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
