export type { Translation, CommonTexts, FeedTexts, QuoteTexts, ContactFormTexts } from './translation.js';
export { registerTranslation, type PartialTranslation, type TextPart } from './registry.js';
export { loadTranslation } from './load-translation.js';
export { closestLang } from './lang.js';
