// The language of an answer: the first built-in language the citizen's browser asks for, so the form
// shows the server's field errors, and a browser without JavaScript its pages, in the citizen's words.
import { commonTexts } from '../i18n/common.js';
import { contactFormTexts } from '../i18n/contact-form.js';
import { langCandidates } from '../i18n/lang.js';
import { languageAliases, languages } from '../i18n/languages.js';
import { loadTexts } from '../i18n/registry.js';
import type { CommonTexts, ContactFormTexts } from '../i18n/translation.js';

export type Texts = CommonTexts & ContactFormTexts;

const builtIn = new Set([...languages.map(({ tag }) => tag.toLowerCase()), ...Object.keys(languageAliases)]);

/** The first tag of `Accept-Language`, by weight, that names a built-in language; else `fallback`. */
export function requestLanguage(acceptLanguage: string | undefined, fallback: string): string {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((entry, order) => {
      const [tag = '', ...parameters] = entry.split(';').map((part) => part.trim());
      const weight = parameters.find((parameter) => parameter.startsWith('q='));
      return { tag, order, q: weight ? Number(weight.slice(2)) || 0 : 1 };
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return wanted.find(({ tag }) => langCandidates(tag).some((key) => builtIn.has(key)))?.tag ?? fallback;
}

/** The form's texts and the shared ones in `lang` (a shorter tag, then English, where it has none). */
export const textsFor = (lang: string) => loadTexts(lang, [commonTexts, contactFormTexts]) as Promise<Texts>;
