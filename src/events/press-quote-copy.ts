import type { Quote } from '../data/types.js';

export interface PressQuoteCopyDetail {
  /** The quote that was copied. */
  quote: Quote;
  /** Exactly what went to the clipboard: the quote with its attribution. */
  text: string;
}

/** A visitor copied a quote with its attribution (`<press-quote>`'s "Copy quote" button). */
export class PressQuoteCopyEvent extends CustomEvent<PressQuoteCopyDetail> {
  static readonly type = 'press-quote-copy';

  constructor(detail: PressQuoteCopyDetail) {
    super(PressQuoteCopyEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'press-quote-copy': PressQuoteCopyEvent;
  }
}
