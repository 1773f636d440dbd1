// What <press-contact-form> needs once a citizen is writing: the checks of the fields, the error
// summary, sending, and the confirmation. The form fetches it on the first focus or input in it, so
// that it is here by the time a field is left or the message sent; its state stays in the element.
import { html } from 'lit';
import type { ContactFormTexts } from '../../i18n/translation.js';
import { fieldId } from './press-contact-form.fields.js';

export { contactFields } from '../../form/contact-fields.js';
export { validateField } from '../../form/validators.js';
export { sendMessage } from '../../form/send-message.js';
export { PressSubmitSuccessEvent } from '../../events/press-submit-success.js';

/** Follows a link of the error summary to its field: fragments do not reach into a shadow root. */
function follow(event: Event) {
  const link = event.currentTarget as HTMLAnchorElement;
  event.preventDefault();
  (link.getRootNode() as ShadowRoot).getElementById(link.hash.slice(1))?.focus();
}

/**
 * The error summary: a heading and a link to each problem (no link for a server message about a
 * field the form does not have); the element focuses it on a failed submit.
 */
export const renderSummary = (t: ContactFormTexts, entries: [name: string | undefined, message: string][]) =>
  html`<div class="panel summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2>${t.errorSummary}</h2>
      <ul>
        ${entries.map(([name, message]) => html`<li>${name ? html`<a href="#${fieldId(name)}" @click=${follow}>${message}</a>` : message}</li>`)}
      </ul>
    </div>
  </div>`;

/** What the citizen sees once the server has the message; `sendAnother` empties the form. */
export const renderConfirmation = (t: ContactFormTexts, reference: string | undefined, sendAnother: () => void) =>
  html`<section class="panel confirmation" part="confirmation" tabindex="-1" aria-labelledby="sent">
    <h2 id="sent">${t.sentHeading}</h2>
    ${reference && html`<p>${t.referenceNumber(reference)}</p>`}
    <button class="button" type="button" @click=${sendAnother}>${t.sendAnother}</button>
  </section>`;
