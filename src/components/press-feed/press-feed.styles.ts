import { css } from 'lit';

export const feedStyles = css`
  :host {
    --_gap: var(--press-feed-gap, var(--_space-l));
    --_title-color: var(--press-feed-title-color, var(--_color-link));
    --_title-size: var(--press-feed-title-size, 1.125em);
    --_item-background: var(--press-feed-item-background, transparent);
    --_item-border: var(--press-feed-item-border-color, var(--_color-border));
    --_column: var(--press-feed-column-width, 16rem);
    --_image-ratio: var(--press-feed-image-ratio, 16 / 9);
    container: press-feed / inline-size;
  }

  p {
    margin: 0;
  }

  /* Every list of ours has role=list (sanitized release content never keeps a role). */
  [role='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The list is a column. (The styles of the search and filters come with their code: a rule here for
     their markup would, adopted before theirs, win over the server's render of them and shift it.) */
  .feed,
  .body,
  .message {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .body {
    gap: var(--_space-xs);
    min-width: 0;
  }

  .meta,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  .meta,
  .notice {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .list {
    display: grid;
    gap: var(--_gap);
  }

  .item {
    display: grid;
    gap: var(--_space-s) var(--_space-m);
    align-content: start;
    padding-block-end: var(--_gap);
    border-block-end: var(--_border-width) solid var(--_item-border);
    background: var(--_item-background);
  }

  .title {
    margin: 0;
    color: var(--_title-color);
    font-size: var(--_title-size);
    line-height: 1.3;
  }

  .title a {
    color: inherit;
  }

  .meta {
    gap: 0 var(--_space-s);
  }

  /* The separator ends a part of the line, so a wrapped line never starts with it; it is not read. */
  .meta > :not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: var(--_space-s);
  }

  .tag {
    padding: 0 var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    font-size: var(--_font-size-small);
  }

  .image,
  .bone {
    width: 100%;
    border-radius: var(--_radius);
    background: var(--_color-skeleton);
  }

  .image {
    aspect-ratio: var(--_image-ratio);
    object-fit: cover;
  }

  .more {
    align-self: start;
  }

  .compact {
    --_gap: var(--_space-s);
  }

  .compact .title {
    font-size: 1em;
  }

  .grid .item,
  .message {
    padding: var(--_space-m);
    border: var(--_border-width) solid var(--_item-border);
    border-radius: var(--_radius);
  }

  .message {
    align-items: start;
    gap: var(--_space-s);
    border-color: var(--_color-border);
  }

  .message--error {
    border-color: var(--_color-danger);
  }

  /* Each bone is one line of what it stands for (a title, the date line, a topic), so a placeholder
     release is as tall as a release. */
  .bone {
    height: 1lh;
    width: 60%;
  }

  .bone.title {
    width: 90%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }

  /* Wider containers: images beside the text in a list, cards in columns, dates beside compact titles. */
  @container press-feed (min-width: 36rem) {
    .list:not(.grid) .item:has(.image) {
      grid-template-columns: minmax(8rem, 30%) 1fr;
    }

    .grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
    }

    .grid .item {
      grid-template-rows: auto 1fr;
    }

    .compact .body {
      flex-direction: row;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--_space-m);
    }

    .compact .meta {
      flex-shrink: 0;
    }
  }

  /* Forced colours drop backgrounds: shapes drawn by a background alone (skeleton bones, topic tags) get an outline. */
  @media (forced-colors: active) {
    .bone,
    .tag {
      border: 1px solid CanvasText;
    }
  }
`;
