import type { Quote } from '../data/types.js';
import { PressEvent } from './press-event.js';

export interface PressQuoteCopyDetail {
  /** The quote that was copied. */
  quote: Quote;
  /** Exactly what went to the clipboard: the quote with its attribution. */
  text: string;
}

/** A visitor copied a quote with its attribution (`<press-quote>`'s "Copy quote" button). */
export class PressQuoteCopyEvent extends PressEvent<PressQuoteCopyDetail> {
  static override readonly type = 'press-quote-copy';
}

declare global {
  interface HTMLElementEventMap {
    'press-quote-copy': PressQuoteCopyEvent;
  }
}
