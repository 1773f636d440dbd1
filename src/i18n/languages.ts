import type { Locale } from 'date-fns';

/** A language: what its texts do not say about it. */
export interface Language {
  /** BCP 47 tag, e.g. `sr-Latn`; a built-in language's strings are in the folder of that name. */
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
  /** Loads the date-fns locale for relative dates; called only when a widget shows one. */
  readonly dateLocale: () => Promise<Locale>;
}

type Line = readonly [tag: string, dateLocale: () => Promise<Record<string, Locale>>, dir?: Language['dir']];

// The built-in languages, English first. Adding one is a line here and a folder of strings named by its tag
// beside this file. Each date-fns locale is imported by name because bundlers split off only what they can read;
// the module's exports are all that locale. A language written right to left says so after its locale; its name
// comes from Intl.DisplayNames.
const lines: readonly Line[] = [
  ['en', () => import('date-fns/locale/en-GB')],
  ['sr-Latn', () => import('date-fns/locale/sr-Latn')],
  ['sr-Cyrl', () => import('date-fns/locale/sr')],
  ['sq', () => import('date-fns/locale/sq')],
  ['bs', () => import('date-fns/locale/bs')],
  ['hr', () => import('date-fns/locale/hr')],
  ['mk', () => import('date-fns/locale/mk')],
  ['sl', () => import('date-fns/locale/sl')],
  ['bg', () => import('date-fns/locale/bg')],
  ['ro', () => import('date-fns/locale/ro')],
  ['hu', () => import('date-fns/locale/hu')],
  ['de', () => import('date-fns/locale/de')],
  ['el', () => import('date-fns/locale/el')],
  ['tr', () => import('date-fns/locale/tr')],
];

/** The built-in languages, English first. */
export const languages: readonly Language[] = lines.map(([tag, load, dir = 'ltr']) => ({
  tag,
  dateLocale: () => load().then((module) => Object.values(module)[0]!),
  dir,
}));

/** Tags that name a built-in language without its full tag: Serbian alone is Cyrillic, its official script. */
export const languageAliases: Readonly<Record<string, string>> = { sr: 'sr-Cyrl' };
