import type { PartialTranslation, PluralForms, Strings } from './translation.js';
import { languageAliases, languages, type Language } from './languages.js';
import { langCandidates } from './lang.js';
import { pluralForm } from './plural.js';

/**
 * One part of the texts: those every widget shares, or one element's own. English ships with the
 * part; every other built-in language is a chunk loaded on first use, so a page downloads only the
 * texts of the widgets it shows, in its own language.
 */
export interface TextPart<T extends object = object> {
  /** Names the part, and its file in each language's folder: `feed` is `sr-Latn/feed.ts`. */
  readonly name: string;
  /**
   * The fallback for every key. A text the widgets call with values names them in braces, in the order
   * the widgets pass them: `quotePosition: 'Quote {current} of {total}'` makes `t.quotePosition(2, 5)`;
   * plural forms name them in `other`. A translation may put them in any order.
   */
  readonly en: Strings<T>;
  /**
   * Imports the part's file from a language's folder: `(tag) => import(\`./${tag}/feed.ts\`)`. Bundlers
   * make a chunk of each file such an import can match (Rollup with @rollup/plugin-dynamic-import-vars,
   * Vite by itself), found by the source's own name, hence `.ts`, and put the map of those chunks where
   * the import is written. One import per part keeps that map, like the part's English, with the
   * element that shows it; one for all parts would put every part's map on every page.
   */
  readonly load: (tag: string) => Promise<{ default: Strings<T> }>;
}

/** What a partner says about a language beyond its strings (direction, date-fns locale), as a line of the built-in list does. */
export type LanguageDetails = Partial<Omit<Language, 'tag'>>;

const builtIn = new Map(languages.map((language) => [language.tag.toLowerCase(), language]));
for (const [alias, tag] of Object.entries(languageAliases)) builtIn.set(alias, builtIn.get(tag.toLowerCase())!);
const english = builtIn.get('en')!;

/** Built-in strings loaded so far, by `part|tag`, and those on their way. */
const loaded = new Map<string, object>();
const pending = new Map<string, Promise<void>>();
/** What partners registered, by lowercase tag, with the tag as they wrote it, in the order they did. */
const registered = new Map<string, { tag: string; strings: PartialTranslation[]; details: LanguageDetails }>();
/** The texts a set of parts shows in a language, by `key|parts`: one object as long as nothing changes. */
const merged = new Map<string, object>();

/** The built-in language under `lang`: a partner's `sr-Latn-RS` still has the built-in `sr-Latn` beneath it. */
const builtInFor = (lang: string): Language | undefined =>
  langCandidates(lang)
    .map((key) => builtIn.get(key))
    .find(Boolean);

function supportedKey(lang: string): string {
  return langCandidates(lang).find((key) => registered.has(key) || builtIn.has(key)) ?? 'en';
}

function loadPart(part: TextPart, language: Language): Promise<void> | undefined {
  const id = `${part.name}|${language.tag}`;
  if (language !== english && !pending.has(id))
    pending.set(
      id,
      // A chunk that cannot be loaded leaves its part in English rather than the widget without texts.
      part.load(language.tag).then(
        (module) => void loaded.set(id, module.default),
        () => void loaded.set(id, {}),
      ),
    );
  return pending.get(id);
}

// What the widgets call: the template, or the plural form the first value picks, with each `{name}` filled in.
function templateFunction(text: string | PluralForms, names: readonly string[], lang: string) {
  return (...values: (string | number)[]) =>
    (typeof text === 'string' ? text : pluralForm(lang, Number(values[0]), text)).replace(
      /\{(\w+)\}/g,
      (placeholder, name: string) => (names.includes(name) ? String(values[names.indexOf(name)]) : placeholder),
    );
}

/**
 * The texts of `parts` for `lang` (falling back to a shorter tag, then to English), if the built-in
 * ones are loaded, else undefined (see `loadTexts`). English lies under everything, so a missing key
 * never shows an empty label, and a partner's registered strings over everything, whenever a built-in
 * part loads.
 */
export function loadedTexts(lang: string, parts: readonly TextPart[]): object | undefined {
  const key = supportedKey(lang);
  const id = `${key}|${parts.map((part) => part.name).join()}`;
  let texts = merged.get(id);
  if (texts) return texts;
  const language = builtInFor(key);
  const partner = registered.get(key);
  const layers: object[] = parts.map((part) => part.en);
  if (language && language !== english) {
    for (const part of parts) {
      const strings = loaded.get(`${part.name}|${language.tag}`);
      if (!strings) return undefined;
      layers.push(strings);
    }
  }
  layers.push(...(partner?.strings ?? []));

  // As the partner wrote it (`sr-Latn-RS`), else the built-in tag.
  const tag = partner?.tag ?? language!.tag;
  const about = { ...english, ...language, ...partner?.details };
  const textsWithValues = new Map<string, readonly string[]>();
  for (const part of parts)
    for (const [name, text] of Object.entries(part.en)) {
      // Plural forms are the one kind of group with `other`; other groups (`feedError`) take no values.
      const template: unknown = typeof text === 'object' && 'other' in text ? text.other : text;
      if (typeof template === 'string' && (template !== text || template.includes('{')))
        textsWithValues.set(
          name,
          [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
        );
    }
  const all: Record<string, unknown> = {
    $code: tag,
    $dir: about.dir,
    $dateLocale: about.dateLocale,
  };
  for (const layer of layers)
    for (const [name, text] of Object.entries(layer))
      // A group of texts (`feedError`) is merged, so a partial one keeps the rest; plural forms are one text.
      all[name] = typeof text === 'object' && !textsWithValues.has(name) ? { ...(all[name] as object), ...text } : text;
  for (const [name, names] of textsWithValues)
    all[name] = templateFunction(all[name] as string | PluralForms, names, tag);
  texts = all;
  merged.set(id, texts);
  return texts;
}

/** The texts of `parts` for `lang`, once its built-in parts have loaded. */
export async function loadTexts(lang: string, parts: readonly TextPart[]): Promise<object> {
  const language = builtInFor(supportedKey(lang));
  if (language) await Promise.all(parts.map((part) => loadPart(part, language)));
  // A partner may have registered a closer language meanwhile, whose parts are not loaded yet.
  return loadedTexts(lang, parts) ?? loadTexts(lang, parts);
}

/**
 * Adds a language, or overrides texts of a built-in one, with strings written as a language's files
 * write them, and `details` (direction, date-fns locale) as the list of languages gives them.
 * Missing keys fall back to English, so a partial translation never shows an empty label, and the
 * registered strings win over the built-in ones whenever those load.
 */
export function registerTranslation(lang: string, strings: PartialTranslation, details?: LanguageDetails): void {
  const key = langCandidates(lang)[0]!;
  const partner = registered.get(key) ?? { tag: lang, strings: [], details: {} };
  partner.strings.push(strings);
  Object.assign(partner.details, details);
  registered.set(key, partner);
  merged.clear();
}
