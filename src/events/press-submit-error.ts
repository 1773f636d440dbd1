import type { ContactPayload, SendError } from '../form/send-message.js';

export interface PressSubmitErrorDetail {
  error: SendError;
  payload: ContactPayload;
}

/**
 * A message could not be delivered (after the retries), the server refused it, or the browser is
 * offline; the form shows why and keeps the message.
 */
export class PressSubmitErrorEvent extends CustomEvent<PressSubmitErrorDetail> {
  static readonly type = 'press-submit-error';

  constructor(detail: PressSubmitErrorDetail) {
    super(PressSubmitErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'press-submit-error': PressSubmitErrorEvent;
  }
}
