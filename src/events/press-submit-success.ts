import type { ContactPayload } from '../form/send-message.js';

export interface PressSubmitSuccessDetail {
  /** The server's reference for the message, when it returned one. */
  reference?: string;
  payload: ContactPayload;
}

/** The server has the message (it answered 2xx); the form shows its confirmation. */
export class PressSubmitSuccessEvent extends CustomEvent<PressSubmitSuccessDetail> {
  static readonly type = 'press-submit-success';

  constructor(detail: PressSubmitSuccessDetail) {
    super(PressSubmitSuccessEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'press-submit-success': PressSubmitSuccessEvent;
  }
}
