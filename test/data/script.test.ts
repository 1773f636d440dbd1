import { expect } from '@open-wc/testing';
import {
  isSerbian,
  sanitizedHtmlToScript,
  toScript,
  transliterateQuote,
  transliterateRelease,
} from '../../src/data/script.js';
import type { PressRelease } from '../../src/data/types.js';

const release = (fields: Partial<PressRelease>): PressRelease => ({
  id: 'r1',
  title: '',
  tags: [],
  authors: [],
  quotes: [],
  ...fields,
});

describe('Serbian in the script a visitor reads', () => {
  it('knows Serbian by its language, or by Cyrillic text when there is none', () => {
    expect(isSerbian('sr', 'Vesti')).to.equal(true);
    expect(isSerbian('sr-Latn-RS', 'Vesti')).to.equal(true);
    expect(isSerbian(undefined, 'Вести')).to.equal(true);
    expect(isSerbian(undefined, 'News')).to.equal(false);
    expect(isSerbian('mk', 'Вести')).to.equal(false);
    expect(isSerbian('srn', 'Nyun')).to.equal(false);
  });

  it('keeps web and email addresses and foreign words in Latin letters in Cyrillic text', () => {
    expect(
      toScript('Pišite na info@mup.gov.rs ili posetite https://www.mup.gov.rs/vesti, Wi-Fi u Beogradu', 'cyrillic'),
    ).to.equal('Пишите на info@mup.gov.rs или посетите https://www.mup.gov.rs/vesti, Wi-Fi у Београду');
    expect(toScript('Пишите на info@mup.gov.rs', 'latin')).to.equal('Pišite na info@mup.gov.rs');
  });

  it('changes the text of sanitized HTML and nothing else', () => {
    const html =
      '<p class="lead">Министар <a href="https://example.rs/ivica">Ивица Дачић</a> &amp; <strong>ЕУ</strong></p><img src="/a.png" alt="Дачић">';
    expect(sanitizedHtmlToScript(html, 'latin')).to.equal(
      '<p class="lead">Ministar <a href="https://example.rs/ivica">Ivica Dačić</a> &amp; <strong>EU</strong></p><img src="/a.png" alt="Дачић">',
    );
    expect(sanitizedHtmlToScript('<p>1 &lt; 2 Ljubav</p>', 'cyrillic')).to.equal('<p>1 &lt; 2 Љубав</p>');
  });

  it('shows a Cyrillic release in Latin and a Latin one in Cyrillic, the same object each time', () => {
    const cyrillic = release({
      title: 'Састанак у Београду',
      summary: 'Министри су се састали.',
      contentHtml: '<p>Њих <em>двојица</em></p>',
      tags: ['Безбедност'],
      category: 'Вести',
      language: 'sr-Cyrl',
      quotes: [{ text: 'Хвала.', speaker: 'Ивица Дачић', role: 'министар', releaseId: 'r1', language: 'sr-Cyrl' }],
    });
    const latin = transliterateRelease(cyrillic, 'latin');
    expect(latin).to.include({
      title: 'Sastanak u Beogradu',
      summary: 'Ministri su se sastali.',
      contentHtml: '<p>Njih <em>dvojica</em></p>',
      category: 'Vesti',
      language: 'sr-Latn',
    });
    expect(latin.tags).to.deep.equal(['Bezbednost']);
    expect(latin.quotes[0]).to.include({
      text: 'Hvala.',
      speaker: 'Ivica Dačić',
      role: 'ministar',
      language: 'sr-Latn',
    });
    expect(transliterateRelease(cyrillic, 'latin')).to.equal(latin);
    expect(transliterateRelease(latin, 'cyrillic')).to.deep.include({
      title: cyrillic.title,
      contentHtml: cyrillic.contentHtml,
      tags: cyrillic.tags,
      language: 'sr-Cyrl',
    });
    expect(cyrillic.title, 'the parsed release is left as it is').to.equal('Састанак у Београду');
  });

  it('leaves other languages, and an unknown script, as they are', () => {
    const macedonian = release({ title: 'Состанок во Скопје', language: 'mk' });
    const english = release({ title: 'Meeting in Belgrade', language: 'en' });
    expect(transliterateRelease(macedonian, 'latin')).to.equal(macedonian);
    expect(transliterateRelease(english, 'cyrillic')).to.equal(english);
    expect(transliterateRelease(release({ title: 'Вести', language: 'sr' }), 'both')).to.include({ title: 'Вести' });
    const quote = { text: 'Thank you.', speaker: 'Denis Keefe', releaseId: 'r1', language: 'en' };
    expect(transliterateQuote(quote, 'cyrillic')).to.equal(quote);
  });
});
