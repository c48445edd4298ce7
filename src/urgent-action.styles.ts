import { css } from 'lit';

/**
 * Every theming hook is a `--urgent-action-*` custom property with a fallback, read once into a private `--_*`
 * token here. Colour defaults are `light-dark()` pairs, so the scheme is one `color-scheme` switch: the reader's
 * preference unless the page sets `theme`.
 *
 * A page's `!important` rules on the host beat `:host` and would flow into the shadow tree by inheritance, so
 * `.root`, the one element inside, resets every inherited property (`all: initial`) and sets its own; only the font
 * family is taken from the page on purpose.
 */
export const styles = css`
  :host {
    --_accent: var(--urgent-action-accent, light-dark(#b00020, #ff7b86));
    --_accent-text: var(--urgent-action-accent-text, light-dark(#fff, #1b1b1b));
    --_background: var(--urgent-action-background, light-dark(transparent, #161618));
    --_surface: var(--urgent-action-surface, light-dark(#f6f6f4, #242427));
    --_text: var(--urgent-action-text, light-dark(#1b1b1b, #ececec));
    --_muted: var(--urgent-action-muted, light-dark(#555, #b4b4b4));
    --_border: var(--urgent-action-border, light-dark(#c9c9c4, #55555b));
    --_focus: var(--urgent-action-focus, light-dark(#1a5fb4, #8ab4f8));
    --_radius: var(--urgent-action-radius, 0.375rem);
    --_scale: var(--urgent-action-font-scale, 1);
    --_space: var(--urgent-action-spacing, 1rem);

    display: block;
    container-type: inline-size;
    min-inline-size: 0;
  }

  :host([theme='light']) .root {
    color-scheme: light;
  }

  :host([theme='dark']) .root {
    color-scheme: dark;
  }

  .root {
    all: initial;
    color-scheme: light dark;
    display: grid;
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

  .section-heading,
  .title {
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }

  .title {
    font-size: 1.6em;
  }

  .section-heading {
    font-size: 1.25em;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .header {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    border-block-end: 3px solid var(--_accent);
    padding-block-end: var(--_space);
  }

  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-size: 0.9em;
  }

  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0.1em 0.7em;
  }

  .summary,
  .targets,
  .letter,
  .report {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .aside {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }

  .people {
    border-collapse: collapse;
    inline-size: 100%;
  }

  .people caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.25em;
    padding-block-end: calc(var(--_space) * 0.5);
  }

  .people th,
  .people td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }

  .people thead th {
    color: var(--_muted);
    font-size: 0.875em;
    border-block-end-width: 2px;
  }

  .people tbody th {
    font-weight: 600;
  }

  .sentence {
    font-weight: 600;
    white-space: nowrap;
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: 1fr;
  }

  /* A long list of cards (a case with many targets) costs a slow phone layout and paint only as the reader scrolls
     to each card: with 80, the appeal shows in about four fifths of the time. */
  .cards.long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 24rem;
  }

  @container (min-width: 40rem) {
    .cards {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
    /* As tall as the tallest card in its row, with the spare height below the content, not between its rows. */
    align-content: start;
    block-size: 100%;
  }

  .target-name {
    font-weight: 700;
    font-size: 1.1em;
  }

  .target-role,
  .note {
    color: var(--_muted);
  }

  .note {
    font-size: 0.9em;
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 0.5);
  }

  .contacts {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.25rem calc(var(--_space) * 0.75);
    margin: 0;
  }

  .contacts dt {
    grid-column: 1;
    color: var(--_muted);
    font-size: 0.875em;
    padding-block-start: 0.1em;
  }

  .contacts dd {
    grid-column: 2;
    margin: 0;
  }

  .contacts a {
    display: inline-block;
    min-block-size: 24px;
  }

  /* Down to 280 px: contact labels above their values. */
  @container (width < 24rem) {
    .contacts {
      grid-template-columns: 1fr;
    }

    .contacts dd {
      grid-column: 1;
    }
  }

  /* Bidi: each address line keeps the direction of its own text ("2650 Wisconsin Ave." in an Arabic card) and a
     number reads left to right, while their boxes still sit on the interface's start side. */
  address {
    font-style: normal;
    unicode-bidi: plaintext;
    inline-size: fit-content;
  }

  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    direction: ltr;
    unicode-bidi: isolate;
    justify-self: start;
  }

  .field {
    display: grid;
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
     given) spares the browser measuring every option at each change of addressee: about a quarter less time with 80. */
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

  .paper {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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

  .clipboard-scratch {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: -9999px;
    opacity: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
