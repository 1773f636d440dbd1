import type { FeedError } from '../data/feed-error.js';

export interface PressErrorDetail {
  error: FeedError;
}

/** A widget could not load its feed; it shows a localized message and a retry button. */
export class PressErrorEvent extends CustomEvent<PressErrorDetail> {
  static readonly type = 'press-error';

  constructor(detail: PressErrorDetail) {
    super(PressErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'press-error': PressErrorEvent;
  }
}
