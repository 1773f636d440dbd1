import { expect } from '@open-wc/testing';
import { textParts } from '../../src/i18n/load-translation.js';
import { feed as en } from '../../src/i18n/en/feed.js';
import { feed as srLatn } from '../../src/i18n/sr-Latn/feed.js';
import { toLatin } from '../../src/data/transliterate.js';

// Every text of a part in one language, functions called with sample values, keyed by its path.
function texts(part: object): Map<string, string> {
  const result = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (path.startsWith('$')) return;
    if (typeof value === 'string') result.set(path, value);
    else if (typeof value === 'function') for (const n of [1, 2, 5, 21]) result.set(`${path}(${n})`, value(n, 7));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(part, '');
  return result;
}

// Each part in each built-in language, loaded as a page loads it.
const languages = ['sr-Latn', 'sr-Cyrl'];
const loaded = new Map<string, object>();
const part = (name: string, lang: string) => loaded.get(`${name}|${lang}`)!;

describe('translations', () => {
  before(async () => {
    for (const { name, en: english, load } of textParts) {
      loaded.set(`${name}|en`, english);
      for (const lang of languages) loaded.set(`${name}|${lang}`, await load[lang.toLowerCase()]!());
    }
  });

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
        for (const [key, cyrillic] of texts(part(name, 'sr-Cyrl'))) expect(toLatin(cyrillic), key).to.equal(latin.get(key));
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
});
