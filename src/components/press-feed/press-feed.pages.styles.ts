import { css } from 'lit';

export const pagesStyles = css`
  .pages ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }

  .pages [aria-current='page'] {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }

  /* Forced colours drop backgrounds: the current page keeps the system's highlight. */
  @media (forced-colors: active) {
    .pages [aria-current='page'] {
      border-width: 3px;
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
