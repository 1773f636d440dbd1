import type { Translation } from './translation.js';
import { common } from './en/common.js';
import { feed } from './en/feed.js';
import { quote } from './en/quote.js';
import { contactForm } from './en/contact-form.js';

export const en: Translation = { ...common, ...feed, ...quote, ...contactForm };
