import type { ContactPayload } from '../form/send-message.js';

/**
 * A citizen sends a valid message; `detail` is what will be sent. Cancel it (`preventDefault()`) to
 * send the message yourself: the form then sends nothing.
 */
export class PressSubmitEvent extends CustomEvent<ContactPayload> {
  static readonly type = 'press-submit';

  constructor(detail: ContactPayload) {
    super(PressSubmitEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'press-submit': PressSubmitEvent;
  }
}
