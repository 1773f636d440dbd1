// The texts of <press-quote>: they travel with the element in English,
// each other language as a small chunk loaded on first use.
import type { QuoteTexts } from './translation.js';
import type { TextPart } from './registry.js';
import { quote } from './en/quote.js';

export const quoteTexts: TextPart<QuoteTexts> = {
  name: 'quote',
  en: quote,
  load: {
    'sr-latn': () => import('./sr-Latn/quote.js').then((module) => module.quote),
    'sr-cyrl': () => import('./sr-Cyrl/quote.js').then((module) => module.quote),
  },
};
