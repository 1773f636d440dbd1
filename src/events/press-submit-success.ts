import type { ContactPayload } from '../form/send-message.js';
import { PressEvent } from './press-event.js';

export interface PressSubmitSuccessDetail {
  /** The server's reference for the message, when it returned one. */
  reference?: string;
  payload: ContactPayload;
}

/** The server has the message (it answered 2xx); the form shows its confirmation. */
export class PressSubmitSuccessEvent extends PressEvent<PressSubmitSuccessDetail> {
  static override readonly type = 'press-submit-success';
}

declare global {
  interface HTMLElementEventMap {
    'press-submit-success': PressSubmitSuccessEvent;
  }
}
