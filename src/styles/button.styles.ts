import { css } from 'lit';

/** The one button look shared by every widget: retry, load more, copy, rotator controls, submit. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: var(--_border-width) solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
    transition: background-color var(--_transition), color var(--_transition);
  }

  .button:hover {
    background: var(--_color-surface-raised);
  }

  .button--primary {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }

  .button--primary:hover {
    background: var(--_color-accent);
    text-decoration: underline;
  }

  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }

  /* Forced colours drop backgrounds, so every button keeps a border and a disabled one reads as such. */
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
    }

    .button[disabled],
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
