import { PressContactForm } from './press-contact-form.js';

PressContactForm.define();

declare global {
  interface HTMLElementTagNameMap {
    'press-contact-form': PressContactForm;
  }
}
