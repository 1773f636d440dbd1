import type { Translation } from './translation.js';
import { langCandidates } from './lang.js';

/**
 * One part of the texts: those every widget shares, or one element's own. English ships with the
 * part; every other built-in language is a chunk loaded on first use, so a page downloads only the
 * texts of the widgets it shows, in its own language.
 */
export interface TextPart<T extends object = object> {
  /** Names the part in caches, e.g. `feed`. */
  readonly name: string;
  /** The fallback for every key. */
  readonly en: T;
  /** Loaders of the other built-in languages, by lowercase tag (`sr-latn`). */
  readonly load: Readonly<Record<string, () => Promise<T>>>;
}

/** What a partner may register: any of the texts, and any part of a group of texts (`feedError`, `sendError`). */
export type PartialTranslation = {
  [K in keyof Translation]?: Translation[K] extends Record<string, string> ? Partial<Translation[K]> : Translation[K];
};

// Serbian without a script subtag is written in Cyrillic, its official script.
const aliases = new Map([['sr', 'sr-cyrl']]);
const builtInLang = (key: string) => aliases.get(key) ?? key;
const hasBuiltIn = (part: TextPart, lang: string) => Object.hasOwn(part.load, lang);

/** Built-in parts loaded so far, by `part|lang`, and those on their way. */
const builtIn = new Map<string, object>();
const pending = new Map<string, Promise<void>>();
/** What partners registered, by lowercase tag, with the tag as they wrote it. */
const registered = new Map<string, { lang: string; texts: Record<string, unknown> }>();
/** The texts a set of parts shows in a language, by `lang|parts`: one object as long as nothing changes. */
const merged = new Map<string, object>();

// Groups of texts (`feedError`, `sendError`) are merged one level deep, so a partial group keeps the rest.
function assign(target: Record<string, unknown>, source: object) {
  for (const [name, text] of Object.entries(source))
    target[name] = typeof text === 'object' ? { ...(target[name] as object), ...text } : text;
  return target;
}

function supportedKey(lang: string, parts: readonly TextPart[]): string {
  return (
    langCandidates(lang).find(
      (key) => registered.has(key) || parts.some((part) => hasBuiltIn(part, builtInLang(key))),
    ) ?? 'en'
  );
}

function loadPart(part: TextPart, lang: string): Promise<void> | undefined {
  const id = `${part.name}|${lang}`;
  if (!hasBuiltIn(part, lang) || builtIn.has(id)) return undefined;
  let loading = pending.get(id);
  if (!loading) {
    // A chunk that cannot be loaded leaves its part in English rather than the widget without texts.
    loading = part.load[lang]!()
      .catch(() => part.en)
      .then((texts) => void builtIn.set(id, texts));
    pending.set(id, loading);
  }
  return loading;
}

/**
 * The texts of `parts` for `lang` (falling back to a shorter tag, then to English), if the built-in
 * ones are loaded, else undefined (see `loadTexts`). English lies under everything, so a missing key
 * never shows an empty label, and a partner's registered texts over everything, whenever a built-in
 * part loads.
 */
export function loadedTexts(lang: string, parts: readonly TextPart[]): object | undefined {
  const key = supportedKey(lang, parts);
  const id = `${key}|${parts.map((part) => part.name).join()}`;
  let texts = merged.get(id);
  if (texts) return texts;
  const language = builtInLang(key);
  const own: object[] = [];
  for (const part of parts) {
    if (!hasBuiltIn(part, language)) continue;
    const ownTexts = builtIn.get(`${part.name}|${language}`);
    if (!ownTexts) return undefined;
    own.push(ownTexts);
  }
  const partner = registered.get(key);
  texts = assign(
    Object.assign({}, ...parts.map((part) => part.en), partner && { $code: partner.lang }, ...own),
    partner?.texts ?? {},
  );
  merged.set(id, texts);
  return texts;
}

/** The texts of `parts` for `lang`, once its built-in parts have loaded. */
export async function loadTexts(lang: string, parts: readonly TextPart[]): Promise<object> {
  const language = builtInLang(supportedKey(lang, parts));
  await Promise.all(parts.map((part) => loadPart(part, language)));
  // A partner may have registered a closer language meanwhile, whose parts are not loaded yet.
  return loadedTexts(lang, parts) ?? loadTexts(lang, parts);
}

/**
 * Adds or overrides a language. Missing keys fall back to English, so a partial translation never
 * shows an empty label, and the registered texts win over the built-in ones whenever those load.
 */
export function registerTranslation(lang: string, strings: PartialTranslation): void {
  const key = langCandidates(lang)[0]!;
  const partner = registered.get(key) ?? { lang, texts: {} };
  assign(partner.texts, strings);
  registered.set(key, partner);
  merged.clear();
}
