// The texts of <press-contact-form>: they travel with the element in English,
// each other language as a small chunk loaded on first use.
import type { ContactFormTexts } from './translation.js';
import type { TextPart } from './registry.js';
import { contactForm } from './en/contact-form.js';

export const contactFormTexts: TextPart<ContactFormTexts> = {
  name: 'contact-form',
  en: contactForm,
  load: {
    'sr-latn': () => import('./sr-Latn/contact-form.js').then((module) => module.contactForm),
    'sr-cyrl': () => import('./sr-Cyrl/contact-form.js').then((module) => module.contactForm),
  },
};
