import { css } from 'lit';

/** The placeholder while the case loads, and the message when it can't be shown. */
export const statusStyles = css`

  .placeholder {
    min-block-size: var(--urgent-action-placeholder-height, 40rem);
    padding: var(--_space);
    color: var(--_muted);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .error {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .error-title {
    font-weight: 700;
  }
`;
