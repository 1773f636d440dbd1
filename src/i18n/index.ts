export type {
  Translation,
  CommonTexts,
  FeedTexts,
  QuoteTexts,
  ContactFormTexts,
  Strings,
  PluralForms,
  CommonStrings,
  FeedStrings,
  QuoteStrings,
  ContactFormStrings,
  PartialTranslation,
} from './translation.js';
export { languages, type Language } from './languages.js';
export { registerTranslation, type LanguageDetails, type TextPart } from './registry.js';
export { loadTranslation } from './load-translation.js';
export { closestLang } from './lang.js';
