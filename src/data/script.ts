// Serbian content shown in the script a visitor reads (`script="latin|cyrillic"` on a widget): a
// render-time view of a release or quote, never a change to the parsed data. Search already matches
// across both scripts (see fold.ts).
import type { PressRelease, Quote } from './types.js';
import { toCyrillic, toLatin } from './transliterate.js';

/** The script to show Serbian content in. */
export type SerbianScript = 'latin' | 'cyrillic';

const cyrillicLetter = /[\u0400-\u045f]/;
// In Latin Serbian text, addresses and foreign words (those with q, w, x or y) stay in Latin letters.
// One group around it all, so that splitting by it keeps them, at the odd places.
const keepLatin =
  /((?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\p{L}\p{M}]+-)*[\p{L}\p{M}]*[qwxy][\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)/iu;

/** Serbian text in `script`; in Cyrillic, web and email addresses and foreign words are kept. */
export function toScript(text: string, script: SerbianScript): string {
  if (script === 'latin') return toLatin(text);
  return text
    .split(keepLatin)
    .map((part, i) => (i % 2 ? part : toCyrillic(part)))
    .join('');
}

/**
 * Is this content Serbian? Its language says so (`sr`, `sr-Latn`, `sr-RS` …); with no language, its
 * text is in Cyrillic. A release in another language (`mk`, `bg`, `en` …) is never transliterated.
 */
export const isSerbian = (language: string | undefined, text: string): boolean =>
  language ? /^sr(-|$)/i.test(language) : cyrillicLetter.test(text);

/** `latin` or `cyrillic`, else undefined: any other value of `script` (a typo, `both`) shows content as it is. */
export const serbianScript = (script: string | undefined): SerbianScript | undefined =>
  script === 'latin' || script === 'cyrillic' ? script : undefined;

const scriptTag = { latin: 'sr-Latn', cyrillic: 'sr-Cyrl' } as const;

/**
 * Sanitized HTML with its text, and nothing else, in `script`. It is read as the HTML serializer writes
 * it: text runs between tags, with character references for `&`, `<`, `>`, quotes and no-break spaces;
 * only the text runs change, and only letter for letter, so no markup can appear. No DOM is needed, so
 * this runs on a server too.
 */
export const sanitizedHtmlToScript = (html: string, script: SerbianScript): string =>
  html.replace(
    /(^|>)([^<]+)/g,
    (_, tagEnd: string, text: string) =>
      tagEnd +
      text
        .split(/(&(?:[a-z]+|#\d+|#x[\da-f]+);)/i)
        .map((part, i) => (i % 2 ? part : toScript(part, script)))
        .join(''),
  );

const optional = (text: string | undefined, script: SerbianScript) => text && toScript(text, script);

/** The views of each release and quote made so far, by script. */
const views = new WeakMap<object, Partial<Record<SerbianScript, object>>>();

function memo<T extends object>(item: T, script: SerbianScript, make: () => T): T {
  let made = views.get(item);
  if (!made) views.set(item, (made = {}));
  return (made[script] ??= make()) as T;
}

/**
 * A Serbian release as shown in `script`: title, summary, text and HTML text, topics, category, image
 * text and quotes, with `language` naming the script. Any other release, or no script, is returned as
 * it is. The same release and script give the same object, so renders stay cheap and stable.
 */
export function transliterateRelease(release: PressRelease, value: string | undefined): PressRelease {
  const script = serbianScript(value);
  if (!script || !isSerbian(release.language, [release.title, release.summary, release.contentText].join(' ')))
    return release;
  return memo(release, script, () => ({
    ...release,
    title: toScript(release.title, script),
    summary: optional(release.summary, script),
    contentText: optional(release.contentText, script),
    contentHtml: release.contentHtml && sanitizedHtmlToScript(release.contentHtml, script),
    image: release.image && { ...release.image, alt: optional(release.image.alt, script) },
    tags: release.tags.map((tag) => toScript(tag, script)),
    category: optional(release.category, script),
    quotes: release.quotes.map((quote) => transliterateQuote(quote, script)),
    language: scriptTag[script],
  }));
}

/** A Serbian quote as shown in `script` (text, speaker, role, organisation); any other as it is. */
export function transliterateQuote(quote: Quote, value: string | undefined): Quote {
  const script = serbianScript(value);
  if (!script || !isSerbian(quote.language, `${quote.text} ${quote.speaker}`)) return quote;
  return memo(quote, script, () => ({
    ...quote,
    text: toScript(quote.text, script),
    speaker: toScript(quote.speaker, script),
    role: optional(quote.role, script),
    organisation: optional(quote.organisation, script),
    language: scriptTag[script],
  }));
}
