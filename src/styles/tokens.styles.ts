import { css } from 'lit';

// Public tokens are `--press-*`, set by a site on any ancestor. Inside, components read only the
// private `--_*` copies, so a token a site leaves unset falls back to our light or dark default.
const dark = css`
  --_color-text: var(--press-color-text, #e8eaed);
  --_color-text-muted: var(--press-color-text-muted, #b6bcc4);
  --_color-surface: var(--press-color-surface, #16191d);
  --_color-surface-raised: var(--press-color-surface-raised, #22262c);
  --_color-border: var(--press-color-border, #7a8390);
  --_color-accent: var(--press-color-accent, #8ab4ff);
  --_color-accent-contrast: var(--press-color-accent-contrast, #0b1a33);
  --_color-link: var(--press-color-link, #9cc0ff);
  --_color-focus: var(--press-color-focus, #ffdd00);
  --_color-danger: var(--press-color-danger, #ff8a80);
  --_color-success: var(--press-color-success, #7fd99b);
  --_color-skeleton: var(--press-color-skeleton, #2c3138);
  color-scheme: dark;
`;

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

    --_color-text: var(--press-color-text, #1b1f24);
    --_color-text-muted: var(--press-color-text-muted, #4d5560);
    --_color-surface: var(--press-color-surface, #ffffff);
    --_color-surface-raised: var(--press-color-surface-raised, #f3f5f7);
    --_color-border: var(--press-color-border, #767f8a);
    --_color-accent: var(--press-color-accent, #0b4f9c);
    --_color-accent-contrast: var(--press-color-accent-contrast, #ffffff);
    --_color-link: var(--press-color-link, #0b4f9c);
    --_color-focus: var(--press-color-focus, #1b1f24);
    --_color-danger: var(--press-color-danger, #b3261e);
    --_color-success: var(--press-color-success, #1e7b3a);
    --_color-skeleton: var(--press-color-skeleton, #e4e8ec);
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
`;
