import type { Feed } from '../data/types.js';

export interface PressLoadDetail {
  feed: Feed;
}

/** A widget has rendered data from its feed. */
export class PressLoadEvent extends CustomEvent<PressLoadDetail> {
  static readonly type = 'press-load';

  constructor(detail: PressLoadDetail) {
    super(PressLoadEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'press-load': PressLoadEvent;
  }
}
