import type { Feed } from '../data/types.js';
import { PressEvent } from './press-event.js';

export interface PressLoadDetail {
  feed: Feed;
}

/** A widget has rendered data from its feed. */
export class PressLoadEvent extends PressEvent<PressLoadDetail> {
  static override readonly type = 'press-load';
}

declare global {
  interface HTMLElementEventMap {
    'press-load': PressLoadEvent;
  }
}
