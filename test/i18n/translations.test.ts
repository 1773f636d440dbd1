import { expect } from '@open-wc/testing';
import type { Translation } from '../../src/i18n/translation.js';
import { en } from '../../src/i18n/en.js';
import { srLatn } from '../../src/i18n/sr-Latn.js';
import { srCyrl } from '../../src/i18n/sr-Cyrl.js';
import { toLatin } from '../../src/data/transliterate.js';

// Every text of a translation, functions called with sample values, keyed by its path.
function texts(translation: Translation): Map<string, string> {
  const result = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (path.startsWith('$')) return;
    if (typeof value === 'string') result.set(path, value);
    else if (typeof value === 'function') for (const n of [1, 2, 5, 21]) result.set(`${path}(${n})`, value(n, 7));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(translation, '');
  return result;
}

describe('translations', () => {
  for (const translation of [srLatn, srCyrl]) {
    it(`${translation.$code} has every text English has, none empty`, () => {
      const reference = texts(en);
      const translated = texts(translation);
      expect([...translated.keys()]).to.have.members([...reference.keys()]);
      for (const [key, text] of translated) expect(text.trim(), key).not.to.equal('');
    });
  }

  it('says the same thing in Serbian Cyrillic and Latin', () => {
    const latin = texts(srLatn);
    for (const [key, cyrillic] of texts(srCyrl)) expect(toLatin(cyrillic), key).to.equal(latin.get(key));
  });

  it('writes Serbian Cyrillic without Latin letters', () => {
    for (const [key, text] of texts(srCyrl)) expect(text, key).not.to.match(/[a-z]/i);
  });

  it('uses the Serbian plural forms', () => {
    expect(srLatn.resultCount(1)).to.equal('1 saopštenje');
    expect(srLatn.resultCount(21)).to.equal('21 saopštenje');
    expect(srLatn.newReleases(3)).to.equal('3 nova saopštenja');
    expect(srLatn.newReleases(11)).to.equal('11 novih saopštenja');
    expect(en.resultCount(1)).to.equal('1 release');
    expect(en.resultCount(0)).to.equal('0 releases');
  });
});
