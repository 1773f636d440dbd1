// Numbered pages of <press-feed> (`paging="pages"`).
import { html, nothing } from 'lit';
import type { CommonTexts, FeedTexts } from '../../i18n/translation.js';

/**
 * Page numbers to show: the first, the last, and the current one with its neighbours; 0 marks a gap.
 * Listed in order already: the current page is never before the first nor more than one past the last.
 */
function pageWindow(current: number, count: number): number[] {
  const pages = [...new Set([1, current - 1, current, current + 1, count])].filter(
    (page) => page >= 1 && page <= count,
  );
  return pages.flatMap((page, index) => (index && page - pages[index - 1] > 1 ? [0, page] : [page]));
}

/** The page navigation: Previous (not on the first page), a window of page numbers, Next (while there is a next page); `go` moves to a page. */
export function pageNavigation(
  t: CommonTexts & FeedTexts,
  current: number,
  count: number,
  hasNext: boolean,
  go: (page: number) => void,
) {
  const button = (page: number, text: unknown, label?: string) =>
    html`<li><button class="button" aria-label=${label ?? nothing} aria-current=${page === current ? 'page' : nothing}
      @click=${() => go(page)}>${text}</button></li>`;
  return html`<nav part="more" class="pages needs-script" aria-label=${t.pagination}>
    <ul role="list">
      ${current > 1 ? button(current - 1, t.previousPage) : nothing}
      ${pageWindow(current, count).map((page) => (page ? button(page, page, t.pageLabel(page)) : html`<li aria-hidden="true">…</li>`))}
      ${hasNext ? button(current + 1, t.nextPage) : nothing}
    </ul>
  </nav>`;
}
