import type { Translation } from './translation.js';
import { en } from './en.js';
import { langCandidates } from './lang.js';

type TranslationLoader = () => Promise<Translation>;

/** What a partner may register: any of the texts, and any part of a group of texts (`feedError`, `sendError`). */
export type PartialTranslation = {
  [K in keyof Translation]?: Translation[K] extends Record<string, string> ? Partial<Translation[K]> : Translation[K];
};

// English ships in every bundle as the fallback; other languages are small chunks loaded on first use.
const loaded = new Map<string, Translation>([['en', en]]);
const loaders = new Map<string, TranslationLoader>([
  ['sr-latn', () => import('./sr-Latn.js').then((module) => module.srLatn)],
  ['sr-cyrl', () => import('./sr-Cyrl.js').then((module) => module.srCyrl)],
  // Serbian without a script subtag is written in Cyrillic, its official script.
  ['sr', () => import('./sr-Cyrl.js').then((module) => module.srCyrl)],
]);
const pending = new Map<string, Promise<Translation>>();

function supportedKey(lang: string): string {
  return langCandidates(lang).find((key) => loaded.has(key) || loaders.has(key)) ?? 'en';
}

/** The translation for `lang` if it is already loaded, else undefined (see `loadTranslation`). */
export function loadedTranslation(lang: string): Translation | undefined {
  return loaded.get(supportedKey(lang));
}

/** The best translation for `lang`, falling back to a shorter tag and then to English. */
export function loadTranslation(lang: string): Promise<Translation> {
  const key = supportedKey(lang);
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  let loading = pending.get(key);
  if (!loading) {
    loading = loaders
      .get(key)!()
      .then((translation) => {
        loaded.set(key, translation);
        return translation;
      })
      .catch(() => en);
    pending.set(key, loading);
  }
  return loading;
}

/**
 * Adds or overrides a language. Missing keys fall back to English, so a partial translation never
 * shows an empty label.
 */
export function registerTranslation(lang: string, strings: PartialTranslation): void {
  const key = lang.toLowerCase();
  const merged: Record<string, unknown> = { ...en, $code: lang, ...loaded.get(key) };
  // Groups of texts (`feedError`, `sendError`) are merged one level deep, so a partial group keeps the rest.
  for (const [name, text] of Object.entries(strings)) merged[name] = typeof text === 'object' ? { ...(merged[name] as object), ...text } : text;
  loaded.set(key, merged as unknown as Translation);
  pending.delete(key);
}
