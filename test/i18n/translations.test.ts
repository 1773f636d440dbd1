import { expect } from '@open-wc/testing';
import { textParts } from '../../src/i18n/load-translation.js';
import { languages } from '../../src/i18n/languages.js';
import { loadTexts, type TextPart } from '../../src/i18n/registry.js';
import { toLatin } from '../../src/data/transliterate.js';
import type { FeedTexts, QuoteTexts, PluralForms } from '../../src/i18n/translation.js';

// The built-in languages but English, as the list has them.
const translated = languages.map(({ tag }) => tag).filter((tag) => tag !== 'en');
const tags = ['en', ...translated];

/** Each part's strings in each language as its file has them, by `part|tag`, and what the widgets call. */
const strings = new Map<string, Record<string, unknown>>();
const texts = new Map<string, Record<string, unknown>>();
const stringsOf = (part: TextPart, tag: string) => strings.get(`${part.name}|${tag}`)!;
const feedIn = (tag: string) => texts.get(`feed|${tag}`) as unknown as FeedTexts;

// Plural forms are the one kind of group with `other`, as the registry reads them.
const isPluralForms = (_part: TextPart, _key: string, text: unknown): text is PluralForms =>
  typeof text === 'object' && text !== null && 'other' in text;

/** Every text of a part's strings by its path (`feedError.network`), plural forms as one text. */
function textsByPath(part: TextPart, tag: string): Map<string, string | PluralForms> {
  const result = new Map<string, string | PluralForms>();
  for (const [key, text] of Object.entries(stringsOf(part, tag))) {
    if (typeof text === 'string' || isPluralForms(part, key, text)) result.set(key, text);
    else for (const [name, member] of Object.entries(text as object)) result.set(`${key}.${name}`, member);
  }
  return result;
}

/** Every string a text is written as: itself, or each of its plural forms (`resultCount.few`). */
function formsByPath(part: TextPart, tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const [path, text] of textsByPath(part, tag)) {
    if (typeof text === 'string') result.set(path, text);
    else for (const [category, form] of Object.entries(text)) result.set(`${path}.${category}`, form!);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

describe('translations', () => {
  before(async () => {
    for (const part of textParts)
      for (const tag of tags) {
        const own = tag === 'en' ? part.en : (await part.load(tag)).default;
        strings.set(`${part.name}|${tag}`, own as Record<string, unknown>);
        texts.set(`${part.name}|${tag}`, (await loadTexts(tag, [part])) as Record<string, unknown>);
      }
  });

  it('loads a language’s parts in the browser through the loader each part has', async () => {
    const german = (await loadTexts('de-AT', textParts)) as Record<string, unknown>;
    expect(german.$code).to.equal('de');
    expect(german.releases).to.equal('Pressemitteilungen');
    expect(german.retry).to.equal('Erneut versuchen');
    expect((german as unknown as QuoteTexts).quotePosition(2, 5)).to.equal('Zitat 2 von 5');
  });

  // The language and script a tag stands for, with the likely ones filled in: `sr` is `sr-Cyrl`, `en-GB` `en-Latn`.
  const script = (tag: string) => {
    const { language, script } = new Intl.Locale(tag).maximize();
    return `${language}-${script}`;
  };
  const direction = (tag: string) =>
    (new Intl.Locale(tag) as Intl.Locale & { getTextInfo(): { direction: string } }).getTextInfo().direction;

  for (const { tag, dir, dateLocale } of languages) {
    it(`${tag} runs in its script's direction and loads a date-fns locale in its script`, async () => {
      expect((texts.get(`common|${tag}`) as { $dir: string }).$dir).to.equal(dir);
      expect(dir).to.equal(direction(tag));
      expect(script((await dateLocale()).code!)).to.equal(script(tag));
    });
  }

  it('has the texts in the parts the widgets load, none in two parts', () => {
    expect(textParts.map(({ name }) => name)).to.deep.equal(['common', 'feed', 'quote', 'contact-form']);
    const seen = new Map<string, string>();
    for (const { name, en: english } of textParts) {
      for (const key of Object.keys(english)) {
        expect(seen.get(key), `${key} in ${name}`).to.equal(undefined);
        seen.set(key, name);
      }
    }
  });

  it('names in English’s `other` form every value any English form of a text puts in', () => {
    // The registry reads the names of a text's values from there, in the order the widgets pass them.
    for (const part of textParts)
      for (const [key, text] of textsByPath(part, 'en'))
        if (typeof text !== 'string')
          for (const form of Object.values(text))
            expect(placeholders(text.other), `${part.name}: ${key}`).to.include.members(placeholders(form!));
  });

  for (const part of textParts) {
    describe(`${part.name} texts`, () => {
      it('are strings, templates and plural forms: no language file holds code', async () => {
        for (const tag of tags) {
          const walk = (value: unknown, path: string): void => {
            if (typeof value === 'object' && value)
              for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
            else expect(typeof value, `${tag}/${part.name}.ts: ${path}`).to.equal('string');
          };
          walk(stringsOf(part, tag), '');
          // The file as the browser gets it, without its strings and comments: what is left must be an
          // object's keys and punctuation. A helper such as `const count = (n) => …` would leave `=`, `(`.
          const source = await (await fetch(`/src/i18n/${tag}/${part.name}.ts`)).text();
          const code = source
            .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""')
            .replace(/\/\/.*|\/\*[^]*?\*\//g, '');
          expect(code.trim(), `${tag}/${part.name}.ts`).to.match(/^export default \{[\s\w$",:{}]*\};?$/);
        }
      });

      for (const tag of translated) {
        it(`${tag} has every text English has, none empty`, () => {
          const english = textsByPath(part, 'en');
          const own = textsByPath(part, tag);
          expect([...own.keys()]).to.have.members([...english.keys()]);
          for (const [path, text] of formsByPath(part, tag)) expect(text.trim(), path).not.to.equal('');
        });
      }

      for (const tag of tags) {
        it(`${tag} counts with exactly the plural categories of its language`, () => {
          const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
          for (const [key, text] of textsByPath(part, tag)) {
            const english = textsByPath(part, 'en').get(key);
            if (typeof english === 'string' && typeof text === 'string') continue;
            expect(text, `${key} is counted in English`).to.be.an('object');
            expect(Object.keys(text), key).to.have.members(categories);
          }
        });

        it(`${tag} puts in the values English puts in, in every form`, () => {
          const english = textsByPath(part, 'en');
          for (const [path, form] of formsByPath(part, tag)) {
            const text = english.get(path.replace(/\.(zero|one|two|few|many|other)$/, ''))!;
            const expected = placeholders(typeof text === 'string' ? text : text.other);
            expect(placeholders(form), path).to.deep.equal(expected);
          }
        });
      }

      it('says the same thing in Serbian Cyrillic and Latin', () => {
        const latin = formsByPath(part, 'sr-Latn');
        for (const [path, cyrillic] of formsByPath(part, 'sr-Cyrl'))
          expect(toLatin(cyrillic), path).to.equal(latin.get(path));
      });

      it('writes Serbian Cyrillic without Latin letters', () => {
        for (const [path, text] of formsByPath(part, 'sr-Cyrl'))
          expect(text.replace(/\{\w+\}/g, ''), path).not.to.match(/[a-z]/i);
      });
    });
  }

  it('uses the Serbian plural forms', () => {
    expect(feedIn('sr-Latn').resultCount(1)).to.equal('1 saopštenje');
    expect(feedIn('sr-Latn').resultCount(21)).to.equal('21 saopštenje');
    expect(feedIn('sr-Latn').newReleases(3)).to.equal('3 nova saopštenja');
    expect(feedIn('sr-Latn').newReleases(11)).to.equal('11 novih saopštenja');
    expect(feedIn('en').resultCount(1)).to.equal('1 release');
    expect(feedIn('en').resultCount(0)).to.equal('0 releases');
  });

  // A count for each CLDR plural category of a language (integers only: the widgets count things).
  const samples = (lang: string) => {
    const rules = new Intl.PluralRules(lang);
    const byCategory = new Map<string, number>();
    for (let n = 0; n <= 200; n++) if (!byCategory.has(rules.select(n))) byCategory.set(rules.select(n), n);
    return [...byCategory.values()];
  };
  // Hungarian and Turkish keep a noun singular after a number: one form is right for every count.
  const invariant = new Set(['hu', 'tr']);

  for (const tag of tags) {
    it(`${tag} writes a different form for each plural category CLDR has`, () => {
      const counts = samples(tag);
      const feed = feedIn(tag);
      const forms = new Set(counts.map((n) => feed.newReleases(n).replace(String(n), '#')));
      expect(forms.size, `${counts.join(', ')}: ${[...forms].join(' | ')}`).to.equal(
        invariant.has(tag) ? 1 : counts.length,
      );
      for (const n of counts) expect(feed.resultCount(n), `${n}`).to.include(String(n));
    });
  }

  it('follows each language’s own plural rules', () => {
    const newReleases = (tag: string, n: number) => feedIn(tag).newReleases(n);
    expect([1, 2, 3, 5, 101, 102].map((n) => newReleases('sl', n))).to.deep.equal([
      '1 novo sporočilo',
      '2 novi sporočili',
      '3 nova sporočila',
      '5 novih sporočil',
      '101 novo sporočilo',
      '102 novi sporočili',
    ]);
    expect([21, 22, 25].map((n) => newReleases('hr', n))).to.deep.equal([
      '21 novo priopćenje',
      '22 nova priopćenja',
      '25 novih priopćenja',
    ]);
    expect([1, 4, 11].map((n) => newReleases('bs', n))).to.deep.equal([
      '1 novo saopćenje',
      '4 nova saopćenja',
      '11 novih saopćenja',
    ]);
    expect([1, 19, 20].map((n) => newReleases('ro', n))).to.deep.equal([
      '1 comunicat nou',
      '19 comunicate noi',
      '20 de comunicate noi',
    ]);
    expect([21, 11].map((n) => newReleases('mk', n))).to.deep.equal(['21 ново соопштение', '11 нови соопштенија']);
    expect(newReleases('bg', 21)).to.equal('21 нови съобщения');
    expect(newReleases('de', 1)).to.equal('1 neue Pressemitteilung');
    expect(newReleases('el', 3)).to.equal('3 νέα δελτία');
    expect(newReleases('sq', 2)).to.equal('2 njoftime të reja');
    expect(newReleases('hu', 3)).to.equal('3 új közlemény');
  });

  it('quotes in each language’s own quotation marks', () => {
    const marks = Object.fromEntries(
      translated.map((tag) => [tag, (texts.get(`quote|${tag}`) as unknown as QuoteTexts).quoted('…')]),
    );
    expect(marks).to.deep.equal({
      'sr-Latn': '„…“',
      'sr-Cyrl': '„…“',
      sq: '“…”',
      bs: '„…“',
      hr: '„…“',
      mk: '„…“',
      sl: '„…“',
      bg: '„…“',
      ro: '„…”',
      hu: '„…”',
      de: '„…“',
      el: '«…»',
      tr: '“…”',
    });
  });
});
