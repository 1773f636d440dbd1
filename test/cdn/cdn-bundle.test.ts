import { expect, waitUntil } from '@open-wc/testing';

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
    const titles = [...feed().shadowRoot!.querySelectorAll('[part~="title"]')].map((title) =>
      title.textContent!.trim(),
    );
    expect(titles.join(' | ')).to.include('SEPCA');
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

  it('carries the shared English texts in the entry and each element’s own in its module', async () => {
    const code = async (file: string) => (await fetch(`/dist/cdn/${file}`)).text();
    const [entry, feed, quote, form] = await Promise.all(
      ['press-widgets.js', 'press-feed.js', 'press-quote.js', 'press-contact-form.js'].map(code),
    );
    expect(entry).to.include('Try again');
    for (const text of ['Search releases', 'Copy quote', 'Send message']) expect(entry, text).not.to.include(text);
    expect(feed).to.include('Search releases').and.not.include('Send message');
    expect(quote).to.include('Copy quote').and.not.include('Search releases');
    expect(form).to.include('Send message').and.not.include('Copy quote');
  });

  it('loads only the shared and the feed’s Serbian texts for a Serbian feed', async () => {
    frame = await openPage('<div lang="sr-Latn"><press-feed src="/demo/feeds/sample.json"></press-feed></div>');
    const feed = () => frame!.contentDocument!.querySelector('press-feed')!;
    await waitUntil(() => feed().shadowRoot?.querySelector('[part~="item"]'), 'no releases appeared', {
      timeout: 10_000,
    });
    expect(feed().shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Saopštenja za javnost');
    const texts = loadedModules(frame).flatMap(
      (path) => path.match(/\/chunks\/(sr-\w+-(?:common|feed|quote|contact-form))-[\w-]{8}\.js$/)?.[1] ?? [],
    );
    expect(texts.sort()).to.deep.equal(['sr-Latn-common', 'sr-Latn-feed']);
  });

  it('shows a German feed’s relative dates in German, loading only the German texts and date locale', async () => {
    frame = await openPage(
      '<div lang="de"><press-feed src="/demo/feeds/sample.json" dates="relative"></press-feed></div>',
    );
    const feed = () => frame!.contentDocument!.querySelector('press-feed')!;
    const firstDate = () => feed().shadowRoot?.querySelector('[part~="date"]')?.textContent?.trim() ?? '';
    // The sample releases are years old: "vor etwa 2 Jahren", "vor mehr als 5 Jahren".
    await waitUntil(() => /^vor /.test(firstDate()), `no German relative date: ${firstDate()}`, { timeout: 8_000 });
    expect(feed().shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Pressemitteilungen');
    const languages = [
      'en-GB',
      'sr-Latn',
      'sr-Cyrl',
      'sr',
      'sq',
      'bs',
      'hr',
      'mk',
      'sl',
      'bg',
      'ro',
      'hu',
      'de',
      'el',
      'tr',
    ];
    const chunks = loadedModules(frame).flatMap((path) => path.match(/\/chunks\/(.+)-[\w-]{8}\.js$/)?.[1] ?? []);
    const languageChunks = chunks.filter((name) =>
      languages.some((lang) => name === lang || name.startsWith(`${lang}-`)),
    );
    expect(languageChunks.sort()).to.deep.equal(['de', 'de-common', 'de-feed']);
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
