import type { PressRelease } from '../data/types.js';
import { PressEvent } from './press-event.js';

export interface PressItemSelectDetail {
  item: PressRelease;
}

/**
 * The visitor activated a release's link. Cancelable: `preventDefault()` keeps the browser from
 * following the link, so an app can route to the release itself.
 */
export class PressItemSelectEvent extends PressEvent<PressItemSelectDetail> {
  static override readonly type = 'press-item-select';
  static override readonly cancelable = true;
}

declare global {
  interface HTMLElementEventMap {
    'press-item-select': PressItemSelectEvent;
  }
}
