import { expect } from '@open-wc/testing';
import { textParts } from '../../src/i18n/load-translation.js';
import { feed as en } from '../../src/i18n/en/feed.js';
import { feed as srLatn } from '../../src/i18n/sr-Latn/feed.js';
import { toLatin } from '../../src/data/transliterate.js';
import type { CommonTexts, FeedTexts, QuoteTexts } from '../../src/i18n/translation.js';

// Every text of a part in one language, functions called with sample values, keyed by its path.
function texts(part: object): Map<string, string> {
  const result = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (path.startsWith('$')) return;
    if (typeof value === 'string') result.set(path, value);
    else if (typeof value === 'function') for (const n of [1, 2, 5, 21]) result.set(`${path}(${n})`, value(n, 7));
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(part, '');
  return result;
}

// Each part in each built-in language, loaded as a page loads it.
const languages = ['sr-Latn', 'sr-Cyrl', 'sq', 'bs', 'hr', 'mk', 'sl', 'bg', 'ro', 'hu', 'de', 'el', 'tr'];
const loaded = new Map<string, object>();
const part = (name: string, lang: string) => loaded.get(`${name}|${lang}`)!;

describe('translations', () => {
  before(async () => {
    for (const { name, en: english, load } of textParts) {
      loaded.set(`${name}|en`, english);
      for (const lang of languages) loaded.set(`${name}|${lang}`, await load[lang.toLowerCase()]!());
    }
  });

  it('loads every part in every built-in language, and no part in a language the others lack', () => {
    for (const { name, load } of textParts)
      expect(Object.keys(load), name).to.have.members(languages.map((lang) => lang.toLowerCase()));
  });

  for (const lang of languages) {
    it(`${lang} names itself and loads its own date-fns locale`, async () => {
      const common = part('common', lang) as CommonTexts;
      expect(common.$code).to.equal(lang);
      expect(common.$name.trim()).not.to.equal('');
      expect(common.$dir).to.equal('ltr');
      // date-fns names Serbian without a script subtag Cyrillic, as we do.
      expect((await common.$dateLocale()).code).to.equal(lang === 'sr-Cyrl' ? 'sr' : lang);
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

  for (const { name } of textParts) {
    describe(`${name} texts`, () => {
      for (const lang of languages) {
        it(`${lang} has every text English has, none empty`, () => {
          const reference = texts(part(name, 'en'));
          const translated = texts(part(name, lang));
          expect([...translated.keys()]).to.have.members([...reference.keys()]);
          for (const [key, text] of translated) expect(text.trim(), key).not.to.equal('');
        });
      }

      it('says the same thing in Serbian Cyrillic and Latin', () => {
        const latin = texts(part(name, 'sr-Latn'));
        for (const [key, cyrillic] of texts(part(name, 'sr-Cyrl')))
          expect(toLatin(cyrillic), key).to.equal(latin.get(key));
      });

      it('writes Serbian Cyrillic without Latin letters', () => {
        for (const [key, text] of texts(part(name, 'sr-Cyrl'))) expect(text, key).not.to.match(/[a-z]/i);
      });
    });
  }

  it('uses the Serbian plural forms', () => {
    expect(srLatn.resultCount(1)).to.equal('1 saopštenje');
    expect(srLatn.resultCount(21)).to.equal('21 saopštenje');
    expect(srLatn.newReleases(3)).to.equal('3 nova saopštenja');
    expect(srLatn.newReleases(11)).to.equal('11 novih saopštenja');
    expect(en.resultCount(1)).to.equal('1 release');
    expect(en.resultCount(0)).to.equal('0 releases');
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

  for (const lang of ['en', ...languages]) {
    it(`${lang} writes a different form for each plural category CLDR has`, () => {
      const counts = samples(lang);
      const feed = part('feed', lang) as FeedTexts;
      const forms = new Set(counts.map((n) => feed.newReleases(n).replace(String(n), '#')));
      expect(forms.size, `${counts.join(', ')}: ${[...forms].join(' | ')}`).to.equal(
        invariant.has(lang) ? 1 : counts.length,
      );
      for (const n of counts) expect(feed.resultCount(n), `${n}`).to.include(String(n));
    });
  }

  it('follows each language’s own plural rules', () => {
    const newReleases = (lang: string, n: number) => (part('feed', lang) as FeedTexts).newReleases(n);
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
    const marks = Object.fromEntries(languages.map((lang) => [lang, (part('quote', lang) as QuoteTexts).quoted('…')]));
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
