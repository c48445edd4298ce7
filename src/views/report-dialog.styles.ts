import { css } from 'lit';

/** The report dialog: loaded with its code, and added to the element's styles then. */
export const reportDialogStyles = css`
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
    display: grid;
    grid-template-columns: 1fr 6rem;
    align-items: center;
  }

  .consent {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  /* 24 × 24 px at least, like every target (WCAG 2.5.8). */
  [type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-block-size: 0;
    margin: 0;
  }
`;
