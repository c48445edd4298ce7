import { css } from 'lit';

/** The report section; its dialog's styles come with the dialog's code (`report-dialog.styles.ts`). */
export const reportStyles = css`
  .report-total {
    /* Its place is kept while the total is on its way, so nothing below moves when it arrives. */
    min-block-size: 1lh;
    font-weight: 700;
  }

  .report-error {
    color: var(--_accent);
  }
`;
