import { expect, waitUntil } from '@open-wc/testing';

// dist/cdn/sri.json and dist/cdn/importmap.json, written by the build: the SRI hash of every CDN file,
// checked here the way a browser checks it, and used as a web team would paste it.
// Served byte for byte by test/server/cdn.mjs (the test server transforms its own /dist/).
const base = '/api/cdn/';
const wrong = `sha384-${btoa('x'.repeat(48))}`;

async function sri(path: string): Promise<string> {
  const bytes = await (await fetch(base + path)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const manifest = async (): Promise<Record<string, string>> => (await fetch(`${base}sri.json`)).json();

/** Every file in dist/cdn/, as the test server lists the folder. */
const files = async (): Promise<string[]> => (await fetch(base)).json();

/** importmap.json with its paths prefixed by the folder's URL, as docs/csp.md tells a site to. */
async function importMapIntegrity(): Promise<Record<string, string>> {
  const { integrity } = (await (await fetch(`${base}importmap.json`)).json()) as { integrity: Record<string, string> };
  const folder = new URL(base, location.href).href;
  return Object.fromEntries(Object.entries(integrity).map(([path, hash]) => [folder + path, hash]));
}

async function openPage(head: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('dist/cdn/sri.json', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('holds the right sha384 of the entry, every element module and every chunk', async () => {
    const hashes = await manifest();
    for (const entry of ['press-widgets.js', 'press-feed.js', 'press-quote.js', 'press-contact-form.js'])
      expect(hashes).to.have.property(entry);
    expect(Object.keys(hashes).filter((path) => path.startsWith('chunks/')).length).to.be.greaterThan(3);
    for (const [path, hash] of Object.entries(hashes)) expect(await sri(path), path).to.equal(hash);
  });

  it('lists every file that any CDN file imports', async () => {
    const hashes = await manifest();
    for (const path of Object.keys(hashes)) {
      const code = await (await fetch(base + path)).text();
      const imports = [...code.matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) =>
        new URL(match[1], `http://x/${path}`).pathname.slice(1),
      );
      for (const imported of imports) expect(hashes, `${path} imports ${imported}`).to.have.property(imported);
    }
  });

  it('lets a page load the widgets with integrity on the script tag and in an import map, and refuses a changed file', async () => {
    const hashes = await manifest();
    const url = (path: string) => new URL(base + path, location.href).href;
    const importMap = (integrity: Record<string, string>) =>
      `<script type="importmap">${JSON.stringify({ integrity })}</script>`;
    const script = (hash: string) =>
      `<script type="module" src="${base}press-widgets.js" integrity="${hash}" crossorigin="anonymous"></script>`;
    // What went wrong, kept where the test can read it: a script that failed to load, the loader's console.error.
    const watch = `<script>
      addEventListener('error', (event) => { if (event.target.src) document.documentElement.dataset.failed = event.target.src; }, true);
      console.error = (message) => { document.documentElement.dataset.failed = String(message); };
    </script>`;
    const quote = '<press-quote speaker="Ana">A quote.</press-quote>';
    const failed = () =>
      waitUntil(() => frame!.contentDocument!.documentElement.dataset.failed, 'nothing failed', { timeout: 10_000 });

    const all = await importMapIntegrity();
    frame = await openPage(watch + importMap(all) + script(hashes['press-widgets.js']), quote);
    await waitUntil(() => frame!.contentWindow!.customElements.get('press-quote'), 'press-quote was never defined', {
      timeout: 10_000,
    });
    frame.remove();

    // An entry that is not what its hash says never runs: nothing registers, the fallback content stays.
    frame = await openPage(watch + script(wrong), quote);
    await failed();
    expect(frame.contentDocument!.documentElement.dataset.failed).to.include('press-widgets.js');
    expect(frame.contentWindow!.customElements.get('press-quote')).to.equal(undefined);
    expect(frame.contentDocument!.body.textContent).to.include('A quote.');
    frame.remove();

    // The import map's integrity covers the modules the entry imports.
    frame = await openPage(
      watch + importMap({ ...all, [url('press-quote.js')]: wrong }) + script(hashes['press-widgets.js']),
      quote,
    );
    await failed();
    expect(frame.contentDocument!.documentElement.dataset.failed).to.include('could not load <press-quote>');
    expect(frame.contentWindow!.customElements.get('press-quote')).to.equal(undefined);
  });
});

describe('dist/cdn/importmap.json', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('holds the right sha384 of every module in dist/cdn/, languages and date locales included', async () => {
    const { integrity } = (await (await fetch(`${base}importmap.json`)).json()) as {
      integrity: Record<string, string>;
    };
    const modules = (await files()).filter((path) => path.endsWith('.js'));
    expect(modules.filter((path) => path.startsWith('i18n/')).length).to.be.greaterThan(10);
    expect(modules.filter((path) => path.startsWith('date-fns/')).length).to.be.greaterThan(5);
    expect(Object.keys(integrity).sort()).to.deep.equal(modules.sort());
    for (const [path, hash] of Object.entries(integrity)) expect(await sri(path), path).to.equal(hash);
  });

  it('covers the files the widgets import at run time by a path they build: a changed one is refused', async () => {
    const integrity = await importMapIntegrity();
    const url = (path: string) => new URL(base + path, location.href).href;
    const load = `<script type="module">
      const loads = ${JSON.stringify([url('i18n/de/feed.js'), url('date-fns/de.js')])}.map((url) => import(url));
      document.documentElement.dataset.loaded = (await Promise.allSettled(loads)).map(({ status }) => status).join();
    </script>`;
    const importMap = { integrity: { ...integrity, [url('date-fns/de.js')]: wrong } };
    frame = await openPage(`<script type="importmap">${JSON.stringify(importMap)}</script>${load}`, '');
    await waitUntil(() => frame!.contentDocument!.documentElement.dataset.loaded, 'the imports never settled', {
      timeout: 10_000,
    });
    expect(frame.contentDocument!.documentElement.dataset.loaded).to.equal('fulfilled,rejected');
  });
});
