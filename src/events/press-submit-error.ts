import type { ContactPayload, SendError } from '../form/send-message.js';
import { PressEvent } from './press-event.js';

export interface PressSubmitErrorDetail {
  error: SendError;
  payload: ContactPayload;
}

/**
 * A message could not be delivered (after the retries), the server refused it, or the browser is
 * offline; the form shows why and keeps the message.
 */
export class PressSubmitErrorEvent extends PressEvent<PressSubmitErrorDetail> {
  static override readonly type = 'press-submit-error';
}

declare global {
  interface HTMLElementEventMap {
    'press-submit-error': PressSubmitErrorEvent;
  }
}
