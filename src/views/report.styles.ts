import { css } from 'lit';

/** The report section and its dialog. Tokens (`--_*`) come from the element's main styles. */
export const reportStyles = css`
  .report-total {
    font-weight: 700;
  }

  .report-status:empty,
  .report-error:empty {
    display: none;
  }

  .report-error {
    color: var(--_accent);
  }

  .report-dialog {
    inline-size: min(32rem, 100vw - 2rem);
    padding: var(--_space);
    color: var(--_text);
    background: var(--urgent-action-dialog-background, #fff);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .report-dialog::backdrop {
    background: var(--urgent-action-backdrop, #0008);
  }

  .report-form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    border-radius: var(--_radius);
  }

  .report-count {
    grid-template-columns: 1fr 6rem;
    align-items: center;
  }

  [type='checkbox'] {
    inline-size: auto;
    min-block-size: 0;
  }
`;
