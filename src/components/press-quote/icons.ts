import { html, svg, type SVGTemplateResult } from 'lit';

// Small inline icons; the buttons carry their names in text, so every icon is hidden from assistive technology.
const icon = (path: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;

export const icons = {
  previous: icon(svg`<path d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z"/>`),
  next: icon(svg`<path d="M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z"/>`),
  pause: icon(svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`),
  play: icon(svg`<path d="M7 4.5v15L19.5 12z"/>`),
  copy: icon(svg`<path d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11z"/>`),
};
