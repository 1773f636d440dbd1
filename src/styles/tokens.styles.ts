import { css, unsafeCSS } from 'lit';

// Public tokens are `--press-*`, set by a site on any ancestor. Inside, components read only the
// private `--_*` copies, so a token a site leaves unset falls back to our default. Colours come in
// light and dark through light-dark(), chosen by the inherited color-scheme or the `theme` attribute.
// theme="high-contrast" sets the private copies itself: a preset that promises WCAG AAA contrast does
// not take a site's brand colours (per-component properties such as --press-feed-title-color still do).

/** Each public token, `--press-<name>`, with its default: written once, read into `--_<name>`. */
const publicTokens: Record<string, string> = {
  'font-family': 'inherit',
  'font-size': '1rem',
  'font-size-small': '0.875em',
  'font-size-large': '1.25em',
  'line-height': '1.5',
  'font-weight-bold': '700',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  radius: '0.375rem',
  'border-width': '1px',
  'focus-width': '3px',
  transition: '150ms ease-out',
  'color-text': 'light-dark(#1b1f24,#e8eaed)',
  'color-text-muted': 'light-dark(#4d5560,#b6bcc4)',
  'color-surface': 'light-dark(#fff,#16191d)',
  'color-surface-raised': 'light-dark(#f3f5f7,#22262c)',
  'color-border': 'light-dark(#767f8a,#7a8390)',
  'color-accent': 'light-dark(#0b4f9c,#8ab4ff)',
  'color-accent-contrast': 'light-dark(#fff,#0b1a33)',
  'color-link': 'light-dark(#0b4f9c,#9cc0ff)',
  'color-focus': 'light-dark(#1b1f24,#fd0)',
  'color-danger': 'light-dark(#b3261e,#ff8a80)',
  'color-success': 'light-dark(#1e7b3a,#7fd99b)',
  'color-skeleton': 'light-dark(#e4e8ec,#2c3138)',
};

const privateCopies = Object.entries(publicTokens)
  .map(([name, fallback]) => `--_${name}:var(--press-${name},${fallback});`)
  .join('');

export const tokenStyles = css`
  :host {
    ${unsafeCSS(privateCopies)}
    --_underline-width: auto;
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
