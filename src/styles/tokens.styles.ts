import { css } from 'lit';

// Public tokens are `--press-*`, set by a site on any ancestor. Inside, components read only the
// private `--_*` copies, so a token a site leaves unset falls back to our default. Colours come in
// light and dark through light-dark(), chosen by the inherited color-scheme or the `theme` attribute.
// theme="high-contrast" sets the private copies itself: a preset that promises WCAG AAA contrast does
// not take a site's brand colours (per-component properties such as --press-feed-title-color still do).
export const tokenStyles = css`
  :host {
    --_font-family: var(--press-font-family, inherit);
    --_font-size: var(--press-font-size, 1rem);
    --_font-size-small: var(--press-font-size-small, 0.875em);
    --_font-size-large: var(--press-font-size-large, 1.25em);
    --_line-height: var(--press-line-height, 1.5);
    --_font-weight-bold: var(--press-font-weight-bold, 700);
    --_space-xs: var(--press-space-xs, 0.25rem);
    --_space-s: var(--press-space-s, 0.5rem);
    --_space-m: var(--press-space-m, 1rem);
    --_space-l: var(--press-space-l, 1.5rem);
    --_radius: var(--press-radius, 0.375rem);
    --_border-width: var(--press-border-width, 1px);
    --_focus-width: var(--press-focus-width, 3px);
    --_transition: var(--press-transition, 150ms ease-out);
    --_underline-width: auto;

    --_color-text: var(--press-color-text, light-dark(#1b1f24, #e8eaed));
    --_color-text-muted: var(--press-color-text-muted, light-dark(#4d5560, #b6bcc4));
    --_color-surface: var(--press-color-surface, light-dark(#ffffff, #16191d));
    --_color-surface-raised: var(--press-color-surface-raised, light-dark(#f3f5f7, #22262c));
    --_color-border: var(--press-color-border, light-dark(#767f8a, #7a8390));
    --_color-accent: var(--press-color-accent, light-dark(#0b4f9c, #8ab4ff));
    --_color-accent-contrast: var(--press-color-accent-contrast, light-dark(#ffffff, #0b1a33));
    --_color-link: var(--press-color-link, light-dark(#0b4f9c, #9cc0ff));
    --_color-focus: var(--press-color-focus, light-dark(#1b1f24, #ffdd00));
    --_color-danger: var(--press-color-danger, light-dark(#b3261e, #ff8a80));
    --_color-success: var(--press-color-success, light-dark(#1e7b3a, #7fd99b));
    --_color-skeleton: var(--press-color-skeleton, light-dark(#e4e8ec, #2c3138));
  }

  /* Without a theme the widgets inherit the page's color-scheme: a page that only declares light
     stays light even for visitors whose system is dark, and one that allows dark follows them. */
  /* A theme may choose another scheme than the page's: the widget then paints its own surface, so its
     text never stands on a background of the other scheme. */
  :host([theme]) {
    background: var(--_color-surface);
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* Black and white (white on black in a dark scheme), every text at least 7:1, thick borders,
     focus ring and link underlines. It keeps the scheme the element would have without a theme. */
  :host([theme='high-contrast']) {
    --_border-width: 2px;
    --_focus-width: 4px;
    --_underline-width: 0.125em;
    --_color-text: light-dark(#000000, #ffffff);
    --_color-text-muted: light-dark(#333333, #d9d9d9);
    --_color-surface: light-dark(#ffffff, #000000);
    --_color-surface-raised: light-dark(#ffffff, #000000);
    --_color-border: light-dark(#000000, #ffffff);
    --_color-accent: light-dark(#000000, #ffffff);
    --_color-accent-contrast: light-dark(#ffffff, #000000);
    --_color-link: light-dark(#00008b, #ffff00);
    --_color-focus: light-dark(#000000, #ffff00);
    --_color-danger: light-dark(#8b0000, #ff9e9e);
    --_color-success: light-dark(#004d1a, #8ff0a4);
    --_color-skeleton: light-dark(#595959, #a6a6a6);
  }
`;
