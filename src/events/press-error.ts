import type { FeedError } from '../data/feed-error.js';
import { PressEvent } from './press-event.js';

export interface PressErrorDetail {
  error: FeedError;
}

/** A widget could not load its feed; it shows a localized message and a retry button. */
export class PressErrorEvent extends PressEvent<PressErrorDetail> {
  static override readonly type = 'press-error';
}

declare global {
  interface HTMLElementEventMap {
    'press-error': PressErrorEvent;
  }
}
