import { css } from 'lit';

export const controlsStyles = css`
  .controls,
  .filters,
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .filters {
    flex-flow: row wrap;
    align-items: end;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field {
    gap: var(--_space-xs);
    min-width: min(100%, 10rem);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }

  .chips,
  .chips .label {
    flex-basis: 100%;
  }

  .search {
    max-width: 40rem;
  }

  label,
  .label {
    font-weight: var(--_font-weight-bold);
  }

  input,
  select,
  .chip {
    min-height: 2.75rem;
    padding: var(--_space-s);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
  }

  .chip {
    padding: var(--_space-xs) var(--_space-m);
    border-radius: 999px;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }

  /* The tick is decoration: the button's name stays the topic, its state is aria-pressed. */
  .chip[aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  .hint,
  .count {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  /* Forced colours drop backgrounds: a pressed topic keeps the system's highlight. */
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      border-width: 3px;
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
