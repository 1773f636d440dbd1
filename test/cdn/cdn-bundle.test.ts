import { expect, waitUntil } from '@open-wc/testing';
import { one, texts } from '../helpers/shadow.js';

// The built one-script-tag bundle, in a plain page with no build step and no import map, as a web team
// would paste it. `npm test` rebuilds dist/ first when the sources are newer.
async function openPage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="/dist/cdn/press-widgets.js"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A module of dist/cdn/ with every module it imports statically, as one text. */
async function staticCode(file: string, seen = new Set<string>()): Promise<string> {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = await (await fetch(`/dist/cdn/${file}`)).text();
  const imports = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']\.\/([^"']+)["']/g)];
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const parts = await Promise.all(
    imports.map(([, path]) => staticCode(new URL(path, `http://x/${base}`).pathname.slice(1), seen)),
  );
  return [code, ...parts].join('\n');
}

const loadedModules = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('dist/cdn/press-widgets.js', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows the sample releases from one script tag and one element', async () => {
    frame = await openPage('<press-feed src="/demo/feeds/sample.json"><a href="/news">Our news</a></press-feed>');
    const feed = () => frame!.contentDocument!.querySelector('press-feed')!;
    await waitUntil(() => feed().shadowRoot?.querySelectorAll('[part~="item"]').length === 2, 'no releases appeared', {
      timeout: 10_000,
    });
    expect(texts(feed(), '[part~="title"]').join(' | ')).to.include('SEPCA');
  });

  it('downloads only the elements the page uses, and the rest when they appear', async () => {
    frame = await openPage('<press-feed src="/demo/feeds/sample.json"></press-feed>');
    const win = frame.contentWindow!;
    await waitUntil(() => win.customElements.get('press-feed'), 'press-feed was never defined', { timeout: 10_000 });
    expect(loadedModules(frame)).to.include('/dist/cdn/press-feed.js');
    expect(loadedModules(frame)).not.to.include('/dist/cdn/press-contact-form.js');
    expect(win.customElements.get('press-contact-form')).to.equal(undefined);

    const later = frame.contentDocument!.createElement('div');
    later.innerHTML = '<section><press-quote speaker="Someone">Text</press-quote></section>';
    frame.contentDocument!.body.append(later);
    await waitUntil(() => win.customElements.get('press-quote'), 'press-quote was never defined', { timeout: 10_000 });
    expect(loadedModules(frame)).not.to.include('/dist/cdn/press-contact-form.js');
  });

  it('carries each element’s English texts with its code, and the shared ones with the code all elements load', async () => {
    const [feed, quote, form] = await Promise.all(
      ['press-feed.js', 'press-quote.js', 'press-contact-form.js'].map((file) => staticCode(file)),
    );
    for (const code of [feed, quote, form]) expect(code).to.include('Try again');
    expect(feed).to.include('Search releases').and.not.include('Send message').and.not.include('Copy quote');
    expect(quote).to.include('Copy quote').and.not.include('Search releases').and.not.include('Send message');
    expect(form).to.include('Send message').and.not.include('Copy quote').and.not.include('Search releases');
  });

  it('loads nothing kept for what is heavy or rare on a plain English feed page', async () => {
    frame = await openPage('<press-feed src="/demo/feeds/sample.json"></press-feed>');
    await waitUntil(
      () => frame!.contentDocument!.querySelector('press-feed')!.shadowRoot?.querySelector('[part~="item"]'),
      'no releases appeared',
      { timeout: 10_000 },
    );
    const lazy =
      /\/dist\/cdn\/(chunks\/(formatDistance|sanitize-purify|purify|read-xml|press-feed\.options)-|i18n\/|date-fns\/)/;
    expect(loadedModules(frame).filter((path) => lazy.test(path))).to.deep.equal([]);
  });

  it('loads what a feed turns on with an attribute beside the feed’s own code, not after it', async () => {
    frame = await openPage('<press-feed src="/demo/feeds/sample.json" show-search paging="pages"></press-feed>');
    const feed = () => frame!.contentDocument!.querySelector('press-feed')!;
    await waitUntil(() => feed().shadowRoot?.querySelector('[part~="search"]'), 'the search box never showed', {
      timeout: 10_000,
    });
    expect(feed().shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(2);
    expect(loadedModules(frame).some((path) => /\/chunks\/press-feed\.options-/.test(path))).to.equal(true);
    // The loader asks for them when it sees the attribute, in the same round trip as the element's code.
    const loader = await (await fetch('/dist/cdn/press-widgets.js')).text();
    expect(loader).to.match(/import\("\.\/chunks\/press-feed\.options-[\w-]+\.js"\)/);
  });

  it('keeps the words of the form’s no-script notice apart, as the source writes them', async () => {
    frame = await openPage('<press-contact-form src="/demo/feeds/sample.json"></press-contact-form>');
    const notice = () =>
      frame!.contentDocument!.querySelector('press-contact-form')!.shadowRoot?.querySelector('[part=notice] p');
    await waitUntil(notice, 'the notice never rendered', { timeout: 10_000 });
    // The bundle's minifier trims the text at the edges of a template: a space there was lost.
    expect(notice()!.textContent).to.equal(
      'Without JavaScript this form cannot send your message. You can also reach us here:',
    );
  });

  it('loads no data layer for a quote written inline or a form with its own endpoint', async () => {
    frame = await openPage(
      '<press-quote speaker="Ana Anić">Text</press-quote><press-contact-form endpoint="/api/contact"></press-contact-form>',
    );
    const win = frame.contentWindow!;
    await waitUntil(
      () => win.customElements.get('press-quote') && win.customElements.get('press-contact-form'),
      'the elements were never defined',
      { timeout: 10_000 },
    );
    await waitUntil(
      () => frame!.contentDocument!.querySelector('press-contact-form')!.shadowRoot?.querySelector('form'),
      'the form never showed',
      { timeout: 10_000 },
    );
    const dataLayer = (path: string) => /\/chunks\/feeds-/.test(path);
    expect(loadedModules(frame).filter(dataLayer)).to.deep.equal([]);
    frame.remove();

    frame = await openPage('<press-quote src="/demo/feeds/sample.json"></press-quote>');
    await waitUntil(
      () => frame!.contentDocument!.querySelector('press-quote')!.shadowRoot?.querySelector('figure'),
      'no quote appeared',
      { timeout: 10_000 },
    );
    expect(loadedModules(frame).some(dataLayer), 'a quote from a feed loads the data layer').to.equal(true);
  });

  it('loads only the shared and the feed’s Serbian texts for a Serbian feed', async () => {
    frame = await openPage('<div lang="sr-Latn"><press-feed src="/demo/feeds/sample.json"></press-feed></div>');
    const feed = () => frame!.contentDocument!.querySelector('press-feed')!;
    await waitUntil(() => feed().shadowRoot?.querySelector('[part~="item"]'), 'no releases appeared', {
      timeout: 10_000,
    });
    expect(one(feed(), 'ul').getAttribute('aria-label')).to.equal('Saopštenja za javnost');
    const texts = loadedModules(frame).flatMap((path) => path.match(/\/dist\/cdn\/i18n\/(.+)\.js$/)?.[1] ?? []);
    expect(texts.sort()).to.deep.equal(['sr-Latn/common', 'sr-Latn/feed']);
  });

  it('shows a German feed’s relative dates in German, loading only the German texts and date locale', async () => {
    frame = await openPage(
      '<div lang="de"><press-feed src="/demo/feeds/sample.json" dates="relative"></press-feed></div>',
    );
    const feed = () => frame!.contentDocument!.querySelector('press-feed')!;
    const firstDate = () => feed().shadowRoot?.querySelector('[part~="date"]')?.textContent?.trim() ?? '';
    // The sample releases are years old: "vor etwa 2 Jahren", "vor mehr als 5 Jahren".
    await waitUntil(() => /^vor /.test(firstDate()), `no German relative date: ${firstDate()}`, { timeout: 8_000 });
    expect(one(feed(), 'ul').getAttribute('aria-label')).to.equal('Pressemitteilungen');
    const languageFiles = loadedModules(frame).flatMap(
      (path) => path.match(/\/dist\/cdn\/((?:i18n|date-fns)\/.+)\.js$/)?.[1] ?? [],
    );
    expect(languageFiles.sort()).to.deep.equal(['date-fns/de', 'i18n/de/common', 'i18n/de/feed']);
  });

  it('exports the data API from data.js, translations from the entry, and the element classes', async () => {
    const entry = await import(/* @vite-ignore */ '/dist/cdn/press-widgets.js' as string);
    expect(entry.registerTranslation).to.be.a('function');
    expect(entry.parseFeed, 'the loader carries no data API').to.equal(undefined);
    const data = await import(/* @vite-ignore */ '/dist/cdn/data.js' as string);
    expect(data.parseFeed).to.be.a('function');
    expect(data.filterReleases).to.be.a('function');
    expect(data.FeedError).to.be.a('function');
    expect(
      data.parseFeed(
        '<rss version="2.0"><channel><title>T</title><item><title>A</title><guid>1</guid></item></channel></rss>',
      ).items[0].title,
    ).to.equal('A');
    const { PressFeed } = await import(/* @vite-ignore */ '/dist/cdn/press-feed.js' as string);
    expect(customElements.get('press-feed')).to.equal(PressFeed);
  });

  it('shows an error for a src that is not a URL, and still loads every other widget', async () => {
    frame = await openPage(
      '<press-feed src="http://["></press-feed><press-quote speaker="Ana Anić">Text</press-quote>',
    );
    const feed = () => frame!.contentDocument!.querySelector('press-feed')!;
    await waitUntil(() => feed().shadowRoot?.querySelector('[part=error]'), 'no error message for the broken src', {
      timeout: 10_000,
    });
    await waitUntil(() => frame!.contentWindow!.customElements.get('press-quote'), 'press-quote was never defined', {
      timeout: 10_000,
    });
  });

  it('sends one request for a feed, and loads the RSS and Atom reader only for an XML feed', async () => {
    frame = await openPage(
      '<press-feed src="/demo/feeds/sample.json"></press-feed><press-quote src="/demo/feeds/sample.json"></press-quote>',
    );
    const items = (root: Element) => root.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
    await waitUntil(() => items(frame!.contentDocument!.querySelector('press-feed')!) === 2, 'no releases appeared', {
      timeout: 10_000,
    });
    const modules = loadedModules(frame);
    expect(modules.filter((path) => path === '/demo/feeds/sample.json')).to.have.length(1);
    expect(modules.some((path) => path.includes('/chunks/read-xml-'))).to.equal(false);
    frame.remove();

    frame = await openPage('<press-feed src="/test/fixtures/feeds/rss-2.0.xml"></press-feed>');
    await waitUntil(() => items(frame!.contentDocument!.querySelector('press-feed')!) > 0, 'no RSS releases appeared', {
      timeout: 10_000,
    });
    expect(loadedModules(frame).some((path) => path.includes('/chunks/read-xml-'))).to.equal(true);
  });
});
