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
    sq: () => import('./sq/quote.js').then((module) => module.quote),
    bs: () => import('./bs/quote.js').then((module) => module.quote),
    hr: () => import('./hr/quote.js').then((module) => module.quote),
    mk: () => import('./mk/quote.js').then((module) => module.quote),
    sl: () => import('./sl/quote.js').then((module) => module.quote),
    bg: () => import('./bg/quote.js').then((module) => module.quote),
    ro: () => import('./ro/quote.js').then((module) => module.quote),
    hu: () => import('./hu/quote.js').then((module) => module.quote),
    de: () => import('./de/quote.js').then((module) => module.quote),
    el: () => import('./el/quote.js').then((module) => module.quote),
    tr: () => import('./tr/quote.js').then((module) => module.quote),
  },
};
