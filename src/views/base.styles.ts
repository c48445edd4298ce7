import { css } from 'lit';

/**
 * The frame every view sits in, and the controls every section uses (fields, buttons). A page's `!important` rules on
 * the host beat `:host` and would flow into the shadow tree by inheritance, so `.root`, the one element inside,
 * resets every inherited property (`all: initial`) and sets its own; only the font family is taken from the page.
 */
export const baseStyles = css`
  :host([theme='light']) .root {
    color-scheme: light;
  }

  :host([theme='dark']) .root {
    color-scheme: dark;
  }

  /* The root, the sections and the letter's parts stack their children as a flex column rather than a grid: the
     same layout, but a change in the letter (each keystroke, each addressee) is laid out once at each level, where
     nested grids measure the letter's text again at every level. */
  .root {
    all: initial;
    color-scheme: light dark;
    display: flex;
    flex-flow: column;
    gap: calc(var(--_space) * 1.5);
    color: var(--_text);
    background: var(--_background);
    /* A background colour (the dark scheme's, or a page's) gets a margin of its own without moving the content. */
    box-shadow: 0 0 0 calc(var(--_space) * 0.75) var(--_background);
    border-radius: var(--_radius);
    font-family: var(--urgent-action-font-family, inherit);
    /* The larger of the page's text size and its root size: themes that shrink html to 62.5% still get body-sized text. */
    font-size: calc(max(1em, 1rem) * var(--_scale));
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  p {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .section-heading {
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
    font-size: 1.25em;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .summary,
  .targets,
  .letter,
  .report {
    display: flex;
    flex-flow: column;
    gap: calc(var(--_space) * 0.75);
  }


  .field {
    display: flex;
    flex-flow: column;
    gap: 0.25rem;
    font-weight: 600;
  }

  .hint {
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.875em;
  }

  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }

  input,
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: normal;
  }

  /* WebKit lets a closed select's text run out to its longest option (a 440 px addressee in a 280 px column) and
     counts it in every ancestor's width: paint containment keeps it inside the box. Size containment (with the height
     given) spares the browser measuring every option at each change of addressee. */
  select {
    contain: size layout paint;
    block-size: 2.75em;
  }

  textarea {
    resize: vertical;
    line-height: 1.5;
    field-sizing: content;
    min-block-size: 12lh;
  }

  .button-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
    justify-self: start;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
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

  /* Where the clipboard fallback selects its text: in the shadow root, out of sight. */
  .clipboard-scratch {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: -9999px;
    opacity: 0;
  }

  /* The widget animates nothing itself; this stops the transitions a page adds through ::part. */
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
