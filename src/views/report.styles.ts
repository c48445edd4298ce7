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
    /* The widget's dark background is the dialog's too; the light one is transparent, so the dialog gets white. */
    background: var(--urgent-action-dialog-background, light-dark(#fff, #161618));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .report-dialog::backdrop {
    /* A dark page needs a deeper shade for the dialog to stand out. */
    background: var(--urgent-action-backdrop, light-dark(#0008, #000c));
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
