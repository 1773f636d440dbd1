// Whole translations, for apps and tools that want every text of a language at once. The widgets
// never import this: each loads only the shared texts and its own part.
import type { Translation } from './translation.js';
import { loadTexts } from './registry.js';
import { commonTexts } from './common.js';
import { feedTexts } from './feed.js';
import { quoteTexts } from './quote.js';
import { contactFormTexts } from './contact-form.js';

/** Every part of the texts, the shared ones first. */
export const textParts = [commonTexts, feedTexts, quoteTexts, contactFormTexts] as const;

/** The best translation for `lang`, falling back to a shorter tag and then to English. */
export function loadTranslation(lang: string): Promise<Translation> {
  return loadTexts(lang, textParts) as Promise<Translation>;
}
