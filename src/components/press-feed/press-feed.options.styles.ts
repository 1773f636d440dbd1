import { css } from 'lit';

// The styles of what a feed turns on with an attribute (search, filters, numbered pages, `expand`): they
// come with the options' code, which the element waits for before it shows any of it.
export const feedOptionStyles = css`
  /* The visitor's search and filters (show-search, show-filters). */
  /* The controls are columns; the filters a row that wraps. */
  .controls,
  .filters,
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .chips,
  .pages ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }

  .hint,
  .count {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  /* A fieldset is at least as wide as its content unless told otherwise: at 200 % text that is wider
     than a phone. */
  .filters {
    flex-flow: row wrap;
    align-items: end;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field {
    gap: var(--_space-xs);
    min-width: min(100%, 10rem);
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
    max-width: 100%;
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

  /* The tick is decoration: the button's name stays the topic, its state is aria-pressed. */
  .chip[aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  /* A pressed topic, and the current page of numbered pages (paging="pages"). */
  .chip[aria-pressed='true'],
  .pages [aria-current='page'] {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }

  /* New releases a refresh brought (refresh): the live region stays in the page to be heard when it
     fills, but takes no room while empty. */
  .new:empty {
    position: absolute;
  }

  /* A release read in full inline (expand): its disclosure is a link-like button, under the headline's weight. */
  .toggle {
    align-self: start;
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font-weight: normal;
    text-decoration: underline;
  }

  .content {
    padding-block-start: var(--_space-s);
  }

  /* Sanitized release text keeps its paragraphs apart (the list's own \`p\` have no margin). */
  .content :is(p, ul, ol, blockquote) {
    margin-block: 0 var(--_space-s);
  }

  .content img {
    max-width: 100%;
    height: auto;
  }

  @media (forced-colors: active) {
    /* A pressed topic and the current page keep the system's highlight. */
    .chip[aria-pressed='true'],
    .pages [aria-current='page'] {
      border-width: 3px;
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
