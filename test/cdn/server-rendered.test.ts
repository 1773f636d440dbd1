// A page a server rendered (test/server/ssr.mjs renders it as `press-widgets render` does): with JavaScript
// off, the releases, the quote and the form's fields are there; with the one script tag, each element
// takes its render over in place.
import { expect, waitUntil } from '@open-wc/testing';
import { all, field, one, screenText, text, texts } from '../helpers/shadow.js';

const markup = [
  '<press-feed src="/demo/feeds/sample.json" limit="1" show-search><a href="/press/">All press releases</a></press-feed>',
  '<press-quote src="/demo/feeds/sample.json" speaker="dacic" lang="sr-Cyrl"></press-quote>',
  '<press-contact-form src="/demo/feeds/sample.json"></press-contact-form>',
].join('');

interface PageOptions {
  /** The widgets' script, loaded by the page itself. */
  script?: string;
  /** The frame's `sandbox`: without `allow-scripts`, the page as a visitor with JavaScript off sees it. */
  sandbox?: string;
  /** The script in the head, holding rendering, with every element's code preloaded. */
  early?: boolean;
  widgets?: string;
  /** The page's own query string, e.g. a shared `sync-url` link's filters. */
  search?: string;
}

async function open({ script, sandbox, early, widgets = markup, search = '' }: PageOptions = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1600px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const query = new URLSearchParams({ markup: widgets, ...(script && { script }), ...(early && { early: '' }) });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/api/ssr?${query}${search}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const widget = (frame: HTMLIFrameElement, tag: string) => frame.contentDocument!.querySelector(tag)!;
const shown = (element: Element) => getComputedStyle(element).display !== 'none';

/** Adds the one script tag to a page opened without it, as a visitor's browser would run it late. */
function loadScript(frame: HTMLIFrameElement) {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/press-widgets.js';
  frame.contentDocument!.body.append(script);
}

/** Loads the script and waits for `element` to have replaced the server's render (its `<style>`) with its own. */
async function takeOver(frame: HTMLIFrameElement, element: Element) {
  loadScript(frame);
  await waitUntil(() => element.shadowRoot!.querySelector('style') === null, `<${element.localName}> never took over`, {
    timeout: 10_000,
  });
}

/**
 * Types `value` (when given) in the server's control that `find` returns and focuses it, lets the script
 * take `host` over, and returns the control in its place: a new one, with the focus.
 */
async function throughTakeOver<T extends HTMLInputElement | HTMLTextAreaElement | HTMLAnchorElement>(
  frame: HTMLIFrameElement,
  host: Element,
  find: () => T,
  value?: string,
): Promise<T> {
  const before = find();
  if (value !== undefined) (before as HTMLInputElement).value = value;
  before.focus();
  await takeOver(frame, host);
  const after = find();
  // Compared as booleans: chai's message for an element of another frame takes minutes to write.
  expect(after === before, 'a new control, not the server’s').to.equal(false);
  expect(host.shadowRoot!.activeElement === after, 'the focus on the new control').to.equal(true);
  return after;
}

describe('a server-rendered page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows the releases, the quote and the form’s fields without JavaScript, and no control that needs it', async () => {
    // Same origin, so the test can read it, but no scripts: the page as a visitor with JavaScript off sees it.
    frame = await open({ sandbox: 'allow-same-origin' });
    const feed = widget(frame, 'press-feed');
    expect(texts(feed, '[part~=title]')).to.deep.equal([
      'Dačić: all priorities of the Serbian chairmanship of SEPCA have been fulfilled',
    ]);
    expect(shown(one(feed, '.controls')), 'the search box, which needs a script').to.equal(false);
    expect(shown(one(feed, 'button[part=more]')), '“Show more”').to.equal(false);
    expect(
      all(feed, 'slot').some(
        (slot) => (slot as HTMLSlotElement).assignedElements().length && shown(slot.parentElement!),
      ),
    ).to.equal(true);

    const quote = widget(frame, 'press-quote');
    expect(text(quote, '[part=speaker]')).to.equal('Ivica Dačić');
    expect(text(quote, '[part=copy-button]')).to.equal('Копирајте изјаву');
    expect(shown(one(quote, '[part=copy-button]'))).to.equal(false);

    const form = widget(frame, 'press-contact-form');
    expect(field(form, 'Your name').name).to.equal('name');
    expect(field(form, 'Your message').required).to.equal(true);
    expect(field<HTMLInputElement>(form, 'I agree').checked, 'consent is never ticked for the visitor').to.equal(false);
    // The demo's endpoint takes no plain HTML post: the form says so, and how else to reach the office.
    expect(one<HTMLFormElement>(form, 'form').method).to.equal('dialog');
    expect(shown(one(form, 'button[type=submit]'))).to.equal(false);
    expect(screenText(form)).to.contain('Without JavaScript this form cannot send your message.');
  });

  it('is taken over by the script in place: one list, no skeleton, no error, no shift, and it works', async () => {
    frame = await open({ script: '/dist/cdn/press-widgets.js' });
    const win = frame.contentWindow as Window & {
      seen: { errors: string[]; skeleton: boolean; shifts: number; beforePaint: boolean };
    };
    // Taken over: the server's nodes, its <style> among them, gave way to the element's own render.
    const tookOver = (tag: string) => widget(frame!, tag).shadowRoot!.querySelector('style') === null;
    await waitUntil(
      () => tookOver('press-feed') && tookOver('press-quote') && tookOver('press-contact-form'),
      'not every element took over',
      { timeout: 10_000 },
    );
    const feed = widget(frame, 'press-feed');
    expect(all(feed, '.list')).to.have.length(1);
    expect(all(feed, '[part~=item]')).to.have.length(1);
    expect(win.seen.skeleton, 'a skeleton showed').to.equal(false);
    expect(win.seen.errors).to.deep.equal([]);
    expect(win.seen.shifts).to.be.below(0.01);

    const search = one<HTMLInputElement>(feed, 'input[type=search]');
    search.value = 'twinning';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => text(feed, '[part~=title]')?.startsWith('EU-funded Twinning'), 'the search did not filter');

    let selected = '';
    feed.addEventListener('press-item-select', (event) => {
      event.preventDefault();
      selected = (event as CustomEvent<{ item: { id: string } }>).detail.item.id;
    });
    one<HTMLAnchorElement>(feed, '[part~=title] a').click();
    expect(selected).to.equal('mup-twinning-illegal-migration-cyber-crime');
  });

  it('paints as the server wrote it before the script takes it over, even when the code is there at once', async () => {
    frame = await open({ script: '/dist/cdn/press-widgets.js', early: true });
    const win = frame.contentWindow as Window & { seen: { errors: string[]; beforePaint: boolean } };
    await waitUntil(() => widget(frame!, 'press-feed').shadowRoot!.querySelector('style') === null, 'no take-over', {
      timeout: 10_000,
    });
    expect(win.seen.beforePaint, 'taken over before the first paint').to.equal(false);
    expect(win.seen.errors).to.deep.equal([]);
  });

  it('keeps what a visitor typed, and where the focus was, before the script took over', async () => {
    frame = await open();
    const form = widget(frame, 'press-contact-form');
    const message = () => field<HTMLTextAreaElement>(form, 'Your message');
    const taken = await throughTakeOver(frame, form, message, 'Kada počinje upis?');
    expect(taken.value).to.equal('Kada počinje upis?');
    // The form took it in as typing: its count, and its draft, follow it.
    expect(text(form, '[part=count]')).to.equal('You have 1982 characters remaining');
  });

  it('keeps a search typed before the script took over, and filters by it', async () => {
    frame = await open();
    const feed = widget(frame, 'press-feed');
    const search = () => one<HTMLInputElement>(feed, 'input[type=search]');
    expect((await throughTakeOver(frame, feed, search, 'twinning')).value).to.equal('twinning');
    await waitUntil(() => text(feed, '[part~=title]')?.startsWith('EU-funded Twinning'), 'the search did not filter');
  });

  it('gives the focus back to the quote’s link it was on before the script took over', async () => {
    frame = await open();
    const quote = widget(frame, 'press-quote');
    await throughTakeOver(frame, quote, () => one<HTMLAnchorElement>(quote, 'a[href]'));
  });

  it('keeps a render while the script has no data for it, and takes it over once it has', async () => {
    frame = await open();
    type Given = HTMLElement & { feed?: object; updateComplete: Promise<unknown> };
    const feed = widget(frame, 'press-feed') as Given;
    const form = widget(frame, 'press-contact-form') as Given;
    // As an app renders `.feed` with Lit on its server: in the browser the elements have no `src`.
    feed.removeAttribute('src');
    form.removeAttribute('src');
    loadScript(frame);
    await waitUntil(() => feed.matches(':defined'), 'the feed’s code never came', { timeout: 10_000 });
    await feed.updateComplete;
    expect(texts(feed, '[part~=title]'), 'the server’s releases').to.have.length(1);
    feed.feed = { title: 'Press', items: [{ id: 'a', title: 'Given in the browser' }] };
    await waitUntil(() => text(feed, '[part~=title]') === 'Given in the browser', 'the feed did not take over');
    expect(feed.shadowRoot!.querySelector('style'), 'the server’s render').to.equal(null);
    // The form's render has the feed's endpoint and topics, which a form without its feed would lack.
    await waitUntil(() => form.matches(':defined'), 'the form’s code never came', { timeout: 10_000 });
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('style'), 'the form’s server render').not.to.equal(null);
    form.setAttribute('endpoint', '/api/contact-test/server-rendered/201');
    await waitUntil(() => form.shadowRoot!.querySelector('style') === null, 'the form did not take over');
  });

  it('passes axe as the server wrote it, before any script has run', async () => {
    const page = await (await fetch(`/api/ssr?${new URLSearchParams({ markup })}`)).text();
    // Parsed with its declarative shadow roots into this page, where the widgets are not defined.
    const rendered = document.createElement('main');
    rendered.setHTMLUnsafe(/<body>([\s\S]*)<\/body>/.exec(page)![1]);
    document.body.append(rendered);
    try {
      expect(rendered.querySelector('press-feed')!.shadowRoot, 'the feed’s declarative shadow root').not.to.equal(null);
      await expect(rendered).to.be.accessible();
    } finally {
      rendered.remove();
    }
  });

  it('keeps the filters of a shared sync-url link, which the server could not see, when it takes over', async () => {
    frame = await open({
      widgets: '<press-feed src="/demo/feeds/sample.json" show-search sync-url></press-feed>',
      search: '&feed-q=twinning',
    });
    const feed = widget(frame, 'press-feed');
    expect(texts(feed, '[part~=title]'), 'the server’s render, unfiltered').to.have.length(2);
    await takeOver(frame, feed);
    expect(one<HTMLInputElement>(feed, 'input[type=search]').value).to.equal('twinning');
    expect(texts(feed, '[part~=title]')).to.have.length(1);
    expect(frame.contentWindow!.location.search, 'the link, kept').to.contain('feed-q=twinning');
  });

  it('keeps a draft the form restored over the server’s empty fields, and stores it unchanged', async () => {
    frame = await open({ widgets: '<press-contact-form src="/demo/feeds/sample.json"></press-contact-form>' });
    const win = frame.contentWindow!;
    const form = widget(frame, 'press-contact-form');
    const draft = JSON.stringify({ values: { message: 'Kada počinje upis?' }, key: 'draft-key', started: 1 });
    const id = `press-contact-form:${win.location.origin}/api/contact:${win.location.pathname}`;
    win.sessionStorage.setItem(id, draft);
    await takeOver(frame, form);
    expect(field<HTMLTextAreaElement>(form, 'Your message').value).to.equal('Kada počinje upis?');
    expect(win.sessionStorage.getItem(id)).to.equal(draft);
  });
});
