import type { ContactPayload } from '../form/send-message.js';
import { PressEvent } from './press-event.js';

/**
 * A citizen sends a valid message; `detail` is what will be sent. Cancel it (`preventDefault()`) to
 * send the message yourself: the form then sends nothing.
 */
export class PressSubmitEvent extends PressEvent<ContactPayload> {
  static override readonly type = 'press-submit';
  static override readonly cancelable = true;
}

declare global {
  interface HTMLElementEventMap {
    'press-submit': PressSubmitEvent;
  }
}
