import type { Translation } from './translation.js';
import { common } from './sr-Cyrl/common.js';
import { feed } from './sr-Cyrl/feed.js';
import { quote } from './sr-Cyrl/quote.js';
import { contactForm } from './sr-Cyrl/contact-form.js';

export const srCyrl: Translation = { ...common, ...feed, ...quote, ...contactForm };
