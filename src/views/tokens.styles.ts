import { css } from 'lit';

/**
 * The design tokens, in one place. Every theming hook is a `--urgent-action-*` custom property with a fallback, read
 * once into a private `--_*` token here, which every view's styles use. Colour defaults are `light-dark()` pairs, so
 * the scheme is one `color-scheme` switch: the reader's preference unless the page sets `theme`.
 */
export const tokens = css`
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
`;
