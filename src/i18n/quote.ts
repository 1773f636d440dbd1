// The texts of <press-quote>: they travel with the element in English,
// each other language as a small chunk loaded on first use.
import type { QuoteTexts } from './translation.js';
import type { TextPart } from './registry.js';
import english from './en/quote.js';

export const quoteTexts: TextPart<QuoteTexts> = {
  name: 'quote',
  en: english,
  load: (tag) => import(`./${tag}/quote.ts`),
};
