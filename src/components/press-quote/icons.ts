import { html } from 'lit';

// Small line icons; the buttons carry their names in text, so every icon is hidden from assistive technology.
export const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5"><path d=${path} /></svg>`;

export const copyIcon = 'M8 8h12v12H8zM4 16V4h12';

// The rotator's buttons.
export const pauseIcon = 'M8 5v14m8-14v14';
export const playIcon = 'M7 5v14l12-7z';
export const previousIcon = 'm15 5-7 7 7 7';
export const nextIcon = 'm9 5 7 7-7 7';
