// The texts of <press-contact-form>: they travel with the element in English,
// each other language as a small chunk loaded on first use.
import type { ContactFormTexts } from './translation.js';
import type { TextPart } from './registry.js';
import english from './en/contact-form.js';

export const contactFormTexts: TextPart<ContactFormTexts> = {
  name: 'contact-form',
  en: english,
  load: (tag) => import(`./${tag}/contact-form.ts`),
};
