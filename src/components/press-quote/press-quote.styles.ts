import { css } from 'lit';

export const quoteStyles = css`
  :host {
    --_background: var(--press-quote-background, var(--_color-surface-raised));
    --_border-color: var(--press-quote-border-color, var(--_color-border));
    --_accent: var(--press-quote-accent, var(--_color-accent));
    --_quote-size: var(--press-quote-font-size, var(--_font-size-large));
    --_padding: var(--press-quote-padding, var(--_space-l));
    --_portrait-size: var(--press-quote-portrait-size, 4rem);
  }

  .quote,
  .list,
  .rotator,
  .skeleton,
  .message {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
  }

  .rotator,
  .skeleton,
  .message,
  :host([variant='compact']) .quote {
    gap: var(--_space-s);
  }

  :host([variant='card']) .quote,
  .message {
    padding: var(--_padding);
    border: var(--_border-width) solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  /* The first column leaves room for the quotation mark, or holds the portrait. */
  figure {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
  }

  figure > :not(img) {
    grid-column: 2;
  }

  img {
    grid-row: 1 / span 3;
    width: var(--_portrait-size);
    height: var(--_portrait-size);
    border-radius: 50%;
    object-fit: cover;
  }

  blockquote {
    position: relative;
    margin: 0;
    font-size: var(--_quote-size);
  }

  /* The opening mark is decoration, drawn large above the text; its alternative text is empty, so it is not read. */
  blockquote::before {
    content: '“' / '';
    display: block;
    height: 0.5em;
    color: var(--_accent);
    font: bold 3em/1 Georgia, serif;
  }

  p,
  ::slotted(p) {
    margin: 0;
  }

  .clamped {
    max-height: calc(var(--_clamp) * 1lh);
    overflow: hidden;
  }

  /* Faded only where the text is cut, which is where "Show more" shows. */
  .cut {
    mask-image: linear-gradient(#000 calc(100% - 1lh), #0000);
  }

  /* Without a script there is no "Show more": the whole quote shows. */
  @media (scripting: none) {
    .clamped {
      max-height: none;
    }
  }

  /* Link-like buttons ("Show more", a compact quote's copy): still a 24 px target (WCAG 2.5.8). */
  .more {
    justify-self: start;
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  figcaption {
    display: grid;
  }

  figcaption,
  .message,
  .status,
  .position {
    color: var(--_color-text-muted);
  }

  [part='speaker'] {
    color: var(--_color-text);
    font-weight: var(--_font-weight-bold);
  }

  time,
  .status,
  .position {
    font-size: var(--_font-size-small);
  }

  .actions,
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }

  /* A pull quote: large, set off by a rule, no box. */
  :host([variant='pull']) .quote {
    padding-inline-start: var(--_space-l);
    border-inline-start: calc(var(--_border-width) * 4) solid var(--_accent);
  }

  :host([variant='pull']) blockquote {
    font-size: calc(var(--_quote-size) * 1.25);
    font-style: italic;
  }

  /* Compact: body-size text, attribution on one line, small portrait. */
  :host([variant='compact']) {
    --_portrait-size: var(--press-quote-portrait-size, 2.5rem);
  }

  :host([variant='compact']) blockquote {
    font-size: var(--press-quote-font-size, var(--_font-size));
  }

  :host([variant='compact']) figcaption {
    display: block;
    font-size: var(--_font-size-small);
  }

  :host([variant='compact']) figcaption > * + *::before {
    content: ' · ';
  }

  .list {
    list-style: none;
  }

  .controls {
    gap: var(--_space-s);
  }

  .controls .button {
    padding: var(--_space-xs);
  }

  .message {
    justify-items: start;
    border-style: dashed;
    background: none;
  }

  .message--error {
    border-style: solid;
    border-color: var(--_color-danger);
    color: var(--_color-text);
  }

  .skeleton {
    padding: var(--_padding);
  }

  .skeleton > :not(.visually-hidden) {
    height: 1lh;
    border-radius: var(--_radius);
    background: var(--_color-skeleton);
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton > * {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
  }

  .skeleton > :last-child {
    width: 40%;
  }

  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }

  /* Forced colours drop backgrounds: the card and the skeleton's bars keep an outline. */
  @media (forced-colors: active) {
    .quote,
    .message,
    .skeleton > :not(.visually-hidden) {
      border: var(--_border-width) solid CanvasText;
    }
  }
`;
