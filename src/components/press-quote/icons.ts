import { html } from 'lit';

// Small inline icons; the buttons carry their names in text, so every icon is hidden from assistive technology.
export const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="currentColor"><path d=${path} /></svg>`;

export const previousIcon = 'M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z';
export const nextIcon = 'M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z';
export const pauseIcon = 'M6 5h4v14H6zm8 0h4v14h-4z';
export const playIcon = 'M7 4.5v15L19.5 12z';
export const copyIcon =
  'M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11z';
