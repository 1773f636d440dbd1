// Each element rendered on a server, through the package as an app or the command-line tool uses it:
// what a visitor without JavaScript will read, in the element's language, and a clear refusal (and
// nothing rendered) for a feed that cannot be read or markup with no widget.
import { describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parseFeed } from '@sepca/press-widgets/data';
import '@sepca/press-widgets/define';
import { renderPage, RenderError } from '@sepca/press-widgets/ssr';

const root = fileURLToPath(new URL('../../', import.meta.url));
const base = `file://${root}`;
const mixed = 'test/fixtures/press-feed/mixed.json';

/** The rendered page as a browser parses it: the shadow roots of declarative shadow DOM attached. */
function parse(html: string) {
  const { document } = new JSDOM(`<!doctype html><body>${html}`).window;
  // jsdom keeps <template shadowrootmode> as a template: its content is what the shadow root will hold.
  const shadow = (host: Element) => host.querySelector(':scope > template[shadowrootmode]') as HTMLTemplateElement;
  const read = (host: Element, selector: string) =>
    [...shadow(host).content.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
  return { document, shadow, read };
}

describe('rendering on a server', () => {
  it('renders a feed’s releases, with its search box, in the element’s language (Serbian Cyrillic)', async () => {
    const html = await renderPage(`<press-feed src="${mixed}" lang="sr-Cyrl" limit="3" show-search></press-feed>`, {
      base,
    });
    const { document, read, shadow } = parse(html);
    const feed = document.querySelector('press-feed')!;
    expect(feed.hasAttribute('server-rendered')).to.equal(true);
    expect(shadow(feed).getAttribute('shadowrootmode')).to.equal('open');
    expect(read(feed, '[part~=title]')).to.deep.equal(['Дачић: испуњени сви приоритети председавања СЕПЦА']);
    expect(read(feed, 'label[for=search]')).to.deep.equal(['Претражите саопштења']);
    expect(html, 'Lit’s hydration markers, which the widgets do not use').not.to.match(/<!--\/?lit-/);
    expect(html).to.match(/^<press-feed server-rendered src=/);
    // The feed's text travels with the render, for the script that takes it over.
    const copy = JSON.parse(document.querySelector(`script[data-press-feed="${mixed}"]`)!.textContent!);
    expect(JSON.parse(copy.text).items).to.have.length(8);
  });

  it('renders Serbian in the script of `script`, interface and releases alike, and says so when a language has none', async () => {
    const html = await renderPage(
      `<press-feed src="${mixed}" lang="sr" script="latin" show-search></press-feed>
      <press-feed src="${mixed}" lang="de"></press-feed>`,
      { base },
    );
    const { document, read } = parse(html);
    const [latin, german] = document.querySelectorAll('press-feed');
    expect(read(latin!, '[part~=title]')).to.deep.equal([
      'Dačić: ispunjeni svi prioriteti predsedavanja SEPCA',
      'Dačić: ispunjeni svi prioriteti predsedavanja SEPCA',
    ]);
    expect(read(latin!, 'label[for=search]')).to.deep.equal(['Pretražite saopštenja']);
    expect(read(german!, '.message p')).to.deep.equal([
      'In dieser Sprache gibt es keine Pressemitteilungen.',
      'Sprachen mit Pressemitteilungen: English Srpski (latinica) Српски (ћирилица)',
    ]);
  });

  it('renders in the language around an element, or the page’s, neither of which chooses releases', async () => {
    const html = await renderPage(
      `<section lang="sr-Cyrl"><press-feed src="${mixed}" show-search></press-feed></section>
      <div lang="sr-Latn"><press-quote speaker="Ivica Dačić" lang="">Saradnja je bolja.</press-quote></div>
      <press-feed src="${mixed}" show-search></press-feed>`,
      { base, lang: 'de' },
    );
    const { document, read } = parse(html);
    const [inSection, onPage] = document.querySelectorAll('press-feed');
    expect(read(inSection, 'label[for=search]')).to.deep.equal(['Претражите саопштења']);
    expect(read(inSection, '[part~=title]'), 'every release, whatever its language').to.have.length(8);
    expect(read(document.querySelector('press-quote')!, '[part=copy-button]')).to.deep.equal(['Kopirajte izjavu']);
    // The page's language (`lang`) is for the widgets with none around them.
    expect(read(onPage, 'label[for=search]')).to.deep.equal(['Pressemitteilungen durchsuchen']);
    expect(read(onPage, '[part~=title]'), 'every release, whatever its language').to.have.length(8);
    expect(
      [...document.querySelectorAll('press-feed, press-quote')].map((element) => element.getAttribute('lang')),
      'no lang written, which on a feed would choose its releases',
    ).to.deep.equal([null, '', null]);
    expect(html, 'how the renderer told each element its language is not in the page').not.to.include('inherited');
  });

  it('notes a feed file whose relative links it leaves out, and not one with its feed_url', async () => {
    const notes: string[] = [];
    const folder = await mkdtemp(join(tmpdir(), 'press-notes-'));
    const feed = JSON.parse(await readFile(join(root, mixed), 'utf8'));
    const located = join(folder, 'located.json');
    await writeFile(located, JSON.stringify({ ...feed, feed_url: 'https://www.example.gov/press/feed.json' }));
    await renderPage(`<press-feed src="${mixed}"></press-feed><press-feed src="${located}"></press-feed>`, {
      base,
      onNote: (note) => notes.push(note),
    });
    expect(notes).to.have.length(1);
    expect(notes[0]).to.contain(`<press-feed src="${mixed}">: the feed file has no feed_url`);
  });

  it('renders a quote written inline and one from a feed, with their attribution', async () => {
    const html = await renderPage(
      `<press-quote speaker="Ивица Дачић" speaker-role="министар" lang="sr-Cyrl">Сарадња је боља.</press-quote>
       <press-quote src="demo/feeds/sample.json" speaker="dacic" pick="all"></press-quote>`,
      { base },
    );
    const { document, read, shadow } = parse(html);
    const [inline, fromFeed] = document.querySelectorAll('press-quote');
    expect(read(inline, '[part=speaker]')).to.deep.equal(['Ивица Дачић']);
    expect(read(inline, '[part=role]')).to.deep.equal(['министар']);
    expect(read(inline, '[part=copy-button]')).to.deep.equal(['Копирајте изјаву']);
    expect(shadow(inline).content.querySelector('blockquote slot'), 'the text, from the light DOM').to.exist;
    expect(inline.textContent!.trim()).to.equal('Сарадња је боља.');
    expect(read(fromFeed, '[part=speaker]').length).to.be.greaterThan(0);
    expect(read(fromFeed, '[part=quote]').every((text) => text.length > 20)).to.equal(true);
  });

  it('renders the form’s fields, none ticked, posting only where the endpoint takes a plain HTML form', async () => {
    const html = await renderPage(
      `<press-contact-form endpoint="https://gov.example.org/api/contact" consent="I agree"></press-contact-form>
       <press-contact-form endpoint="https://gov.example.org/api/contact" html-form-posts consent="I agree"></press-contact-form>`,
      { base: 'https://gov.example.org/contact/' },
    );
    const { document, shadow } = parse(html);
    const [scripted, posting] = [...document.querySelectorAll('press-contact-form')].map(
      (form) => shadow(form).content,
    );
    expect(
      [...scripted.querySelectorAll('input, textarea, select')].map((field) => field.getAttribute('name')),
    ).to.include.members(['name', 'email', 'message', 'consent']);
    expect(scripted.querySelector('[name=consent]')!.hasAttribute('checked')).to.equal(false);
    expect(scripted.querySelector('form')!.getAttribute('method')).to.equal('dialog');
    expect(scripted.querySelector('.no-script')!.textContent).to.contain(
      'Without JavaScript this form cannot send your message.',
    );
    expect(posting.querySelector('form')!.getAttribute('method')).to.equal('post');
    expect(posting.querySelector('form')!.getAttribute('action')).to.equal('https://gov.example.org/api/contact');
    expect(posting.querySelector<HTMLInputElement>('[name=idempotency_key]')!.value).to.match(/^[\da-f-]{36}$/);
  });

  it('refuses a feed that cannot be read, or markup with no widget, and renders nothing', async () => {
    const refusal = async (markup: string) => {
      try {
        await renderPage(markup, { base });
      } catch (error) {
        expect(error).to.be.instanceOf(RenderError);
        return (error as Error).message;
      }
      throw new Error('rendered');
    };
    expect(await refusal('<press-feed src="no-such-feed.json"></press-feed>')).to.match(
      /no-such-feed\.json.*there is no file/,
    );
    expect(await refusal('<press-feed src="README.md"></press-feed>')).to.contain('could not be read');
    expect(await refusal('<p>Just a paragraph</p>')).to.contain('There is no widget in the markup');
    expect(await refusal('<press-feeds src="x"></press-feeds>')).to.contain('<press-feeds> is not one of the widgets');
  });
});

describe('rendering with Lit’s own server renderer', () => {
  it('reads a feed file as a fetched feed is read: UTF-16 with a byte order mark too', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'press-utf16-'));
    const rss = await readFile(join(root, 'test/fixtures/feeds/rss-drupal.xml'), 'utf8');
    await writeFile(join(directory, 'feed.xml'), Buffer.from(`\uFEFF${rss}`, 'utf16le'));
    const html = await renderPage('<press-feed src="feed.xml" lang="sr"></press-feed>', {
      base: `file://${directory}/`,
    });
    const { document, read } = parse(html);
    expect(read(document.querySelector('press-feed')!, '[part~=title]')).to.deep.equal([
      'Uhapšen osumnjičeni za krađu vozila',
      'Saopštenje povodom vanrednih vremenskih prilika',
    ]);
  });

  it('renders <press-feed .feed=${feed}> from an app’s template', async () => {
    const feed = parseFeed(await readFile(join(root, mixed), 'utf8'));
    const { document, read } = parse(
      await collectResult(render(html`<press-feed .feed=${feed} limit="2"></press-feed>`)),
    );
    expect(read(document.querySelector('press-feed')!, '[part~=title]')).to.deep.equal([
      'Police chiefs of the region meet in Belgrade',
      'EU Twinning project against cyber crime concludes',
    ]);
  });
});

describe('press-widgets render', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['bin/press-widgets.js', 'render', ...args], { cwd: root }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('writes the render to --out and exits 0; says what is wrong on stderr and exits 1 or 2', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'press-render-')), 'feed.html');
    const rendered = await run(`<press-feed src="${mixed}" limit="2"></press-feed>`, '--out', out);
    expect(rendered.code).to.equal(0);
    expect(await readFile(out, 'utf8')).to.contain('Police chiefs of the region');
    expect(rendered.stderr, 'a feed file’s relative links need an address').to.contain('give the address of the page');

    const missing = await run('<press-feed src="nope.json"></press-feed>');
    expect([missing.code, missing.stdout]).to.deep.equal([1, '']);
    expect(missing.stderr).to.contain('nope.json');

    const wrong = await run('--no-such-option');
    expect(wrong.code).to.equal(2);
    expect(
      (await run('<press-quote speaker="Ana Anić">Text</press-quote>', '--script', '/press-widgets/press-widgets.js'))
        .stdout,
    ).to.match(/^<script type="module" src="\/press-widgets\/press-widgets.js"><\/script>\n<press-quote/);
  });

  it('takes a folder on disk as --base, and says why markup or --out cannot be used', async () => {
    const folder = await run(
      '<press-feed src="mixed.json" limit="1"></press-feed>',
      '--base',
      'test/fixtures/press-feed',
    );
    expect(folder.code).to.equal(0);
    expect(folder.stdout).to.contain('Police chiefs of the region');
    const unclosed = await run(`<press-feed src="${mixed}"`);
    expect([unclosed.code, unclosed.stdout]).to.deep.equal([1, '']);
    expect(unclosed.stderr).to.contain('close it with >');
    const nowhere = await run(`<press-feed src="${mixed}"></press-feed>`, '--out', 'no-such-folder/feed.html');
    expect([nowhere.code, nowhere.stdout]).to.deep.equal([1, '']);
    expect(nowhere.stderr).to.match(
      /^press-widgets render: .*cannot write no-such-folder\/feed.html: its folder does not exist\n$/m,
    );
    expect(nowhere.stderr, 'no stack trace').not.to.contain('    at ');
    const notFolder = await run(`<press-feed src="${mixed}"></press-feed>`, '--base', 'no-such-folder');
    expect(notFolder.code).to.equal(2);
    // An address needs no note, even beside a picture of the page's own.
    const remote = await run('<img src="logo.png" alt=""><press-feed src="http://127.0.0.1:9/feed.json"></press-feed>');
    expect(remote.code).to.equal(1);
    expect(remote.stderr).not.to.contain('feed_url');
    const halfClosed = await run(`<press-quote speaker="A">Text</press-quote><press-feed src="${mixed}"`);
    expect([halfClosed.code, halfClosed.stdout]).to.deep.equal([1, '']);
    expect(halfClosed.stderr).to.contain('close it with >');
  });
});
