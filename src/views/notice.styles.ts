import { css } from 'lit';

/** The live regions that announce what an action did (copied, sent, reported). */
export const noticeStyles = css`
  .notice {
    font-weight: 600;
  }

  /* Out of the flow while silent, but never display: none: a live region must exist before its message to be announced. */
  .live:empty {
    position: absolute;
  }
`;
