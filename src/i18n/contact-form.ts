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
    sq: () => import('./sq/contact-form.js').then((module) => module.contactForm),
    bs: () => import('./bs/contact-form.js').then((module) => module.contactForm),
    hr: () => import('./hr/contact-form.js').then((module) => module.contactForm),
    mk: () => import('./mk/contact-form.js').then((module) => module.contactForm),
    sl: () => import('./sl/contact-form.js').then((module) => module.contactForm),
    bg: () => import('./bg/contact-form.js').then((module) => module.contactForm),
    ro: () => import('./ro/contact-form.js').then((module) => module.contactForm),
    hu: () => import('./hu/contact-form.js').then((module) => module.contactForm),
    de: () => import('./de/contact-form.js').then((module) => module.contactForm),
    el: () => import('./el/contact-form.js').then((module) => module.contactForm),
    tr: () => import('./tr/contact-form.js').then((module) => module.contactForm),
  },
};
