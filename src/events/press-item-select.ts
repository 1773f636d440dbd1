import type { PressRelease } from '../data/types.js';

export interface PressItemSelectDetail {
  item: PressRelease;
}

/**
 * The visitor activated a release's link. Cancelable: `preventDefault()` keeps the browser from
 * following the link, so an app can route to the release itself.
 */
export class PressItemSelectEvent extends CustomEvent<PressItemSelectDetail> {
  static readonly type = 'press-item-select';

  constructor(detail: PressItemSelectDetail) {
    super(PressItemSelectEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'press-item-select': PressItemSelectEvent;
  }
}
