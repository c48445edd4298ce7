import { css } from 'lit';

/** "Share this appeal". */
export const shareStyles = css`
  .share {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
`;
