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

/** The page navigation: Previous, a window of page numbers, Next; `go` moves to a page. */
export function pageNavigation(
  t: CommonTexts & FeedTexts,
  current: number,
  count: number,
  hasNext: boolean,
  go: (page: number) => void,
) {
  const button = (page: number, text: unknown, disabled = false, label?: string) =>
    html`<li><button class="button" ?disabled=${disabled} aria-label=${label ?? nothing} aria-current=${page === current ? 'page' : nothing}
      @click=${() => go(page)}>${text}</button></li>`;
  return html`<nav part="more" class="pages needs-script" aria-label=${t.pagination}>
    <ul role="list">
      ${button(current - 1, t.previousPage, current <= 1)}
      ${pageWindow(current, count).map((page) => (page ? button(page, page, false, t.pageLabel(page)) : html`<li aria-hidden="true">…</li>`))}
      ${button(current + 1, t.nextPage, !hasNext)}
    </ul>
  </nav>`;
}
