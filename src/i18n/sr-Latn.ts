import type { Translation } from './translation.js';
import { common } from './sr-Latn/common.js';
import { feed } from './sr-Latn/feed.js';
import { quote } from './sr-Latn/quote.js';
import { contactForm } from './sr-Latn/contact-form.js';

export const srLatn: Translation = { ...common, ...feed, ...quote, ...contactForm };
