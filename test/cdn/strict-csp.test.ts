import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button as buttonIn, shadow } from '../helpers/shadow.js';

// demo/strict-csp.html on the built bundle, sent with the strict CSP header and a fresh nonce
// (test/server/csp.mjs): script-src 'nonce-…' 'strict-dynamic', style-src 'self', object-src 'none',
// base-uri 'none', require-trusted-types-for 'script', trusted-types lit-html press-widgets.
// The page collects every `securitypolicyviolation` in window.cspViolations.

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type StrictWindow = Window & typeof globalThis & { cspViolations: Violation[] };

// The test server caches HTML by URL after its plugins saw it; a URL of its own gets a fresh response.
let pages = 0;
const pageUrl = (query = '') => `/demo/strict-csp.html?page=${Date.now()}-${pages++}${query}`;

async function openStrictPage(query = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = pageUrl(query);
  document.body.append(frame);
  await loaded;
  return frame;
}

const inFrame = (frame: HTMLIFrameElement) => {
  const doc = frame.contentDocument!;
  const root = (tag: string) => shadow(doc.querySelector(tag)!);
  const button = (tag: string, name: RegExp) => buttonIn(doc.querySelector(tag)!, name);
  return { doc, root, button, violations: () => (frame.contentWindow as StrictWindow).cspViolations };
};

async function useEveryWidget(frame: HTMLIFrameElement) {
  const { doc, root, button, violations } = inFrame(frame);
  const timeout = 10_000;
  await waitUntil(
    () => root('press-feed')?.querySelectorAll('[part~="item"]').length === 2,
    'the feed showed no releases',
    { timeout },
  );
  await waitUntil(() => root('press-quote')?.querySelector('[part~="quote"]'), 'no quote appeared', { timeout });
  await waitUntil(() => root('press-contact-form')?.querySelector('form'), 'the form did not appear', { timeout });

  // Open a release: its sanitized HTML goes through unsafeHTML, so through Lit's Trusted Types policy.
  button('press-feed', /Read the full release/i).click();
  await waitUntil(() => root('press-feed').querySelector('[part~="content"] p'), 'the release did not open', {
    timeout,
  });
  // Search the feed (filtering re-renders the list).
  const search = root('press-feed').querySelector('input')!;
  search.focus();
  await sendKeys({ type: 'SEPCA' });
  // Copy a quote: a headless page may refuse the clipboard, and either way the widget says what happened.
  button('press-quote', /Copy/i).click();
  await waitUntil(
    () => root('press-quote').querySelector('[role="status"]')!.textContent!.trim(),
    'copying said nothing',
    { timeout },
  );

  // Type in the form and send it unfinished: the error summary appears and takes focus.
  const name = root('press-contact-form').querySelector<HTMLInputElement>('input[autocomplete="name"], input')!;
  name.focus();
  await sendKeys({ type: 'Ana Marković' });
  button('press-contact-form', /Send/i).click();
  await waitUntil(
    () => root('press-contact-form').querySelector('[role="alert"], [part~="error-summary"], .summary'),
    'no error summary',
    { timeout },
  );

  return { doc, root, violations };
}

describe('demo/strict-csp.html: the widgets under a strict CSP with Trusted Types', function () {
  let frame: HTMLIFrameElement | undefined;
  // A page, the bundle and three widgets, on a busy machine.
  this.timeout(30_000);
  afterEach(() => frame?.remove());

  it('is sent with the strict policy and a fresh nonce on every response', async () => {
    const [first, second] = await Promise.all([fetch(pageUrl()), fetch(pageUrl())]);
    const policy = first.headers.get('content-security-policy')!;
    expect(policy).to.match(/script-src 'nonce-[\w+/=]{16,}' 'strict-dynamic'/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html press-widgets',
      "style-src 'self'",
    ]) {
      expect(policy).to.include(directive);
    }
    expect(policy).not.to.include('unsafe-inline');
    const nonce = policy.match(/'nonce-([^']+)'/)![1];
    expect(await first.text()).to.include(`nonce="${nonce}"`);
    expect(second.headers.get('content-security-policy')).not.to.include(nonce);
  });

  it('renders and runs all three widgets with zero violations', async () => {
    frame = await openStrictPage();
    const { doc, root, violations } = await useEveryWidget(frame);
    expect(violations()).to.deep.equal([]);
    expect(root('press-feed').querySelector('[part~="content"]')!.textContent).to.include('SEPCA');
    expect(doc.querySelector('#violations')!.textContent).to.equal('None.');
    // The quote's clamp is a custom property set through CSSOM, which style-src 'self' allows.
    const text = root('press-quote').querySelector('.text')!;
    expect(getComputedStyle(text).getPropertyValue('--_clamp').trim()).to.equal('2');

    // The policy is really enforced: a plain string into an HTML sink is refused, and reported.
    expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    await waitUntil(() => violations().length === 1, 'the refused innerHTML was not reported');
    expect(violations()[0].directive).to.equal('require-trusted-types-for');
  });

  it('reads an RSS feed (XML parsing) with zero violations', async () => {
    frame = await openStrictPage();
    const { doc, root, violations } = inFrame(frame);
    const feed = doc.createElement('press-feed');
    feed.id = 'rss';
    feed.setAttribute('src', '/test/fixtures/feeds/rss-2.0.xml');
    doc.body.append(feed);
    const items = () => doc.querySelector('#rss')!.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
    await waitUntil(() => items() > 0, 'the RSS feed showed no releases', { timeout: 10_000 });
    await waitUntil(
      () => root('press-feed')?.querySelectorAll('[part~="item"]').length === 2,
      'the sample feed showed no releases',
      { timeout: 10_000 },
    );
    expect(violations()).to.deep.equal([]);
  });

  it('works on the DOMPurify fallback too, as in browsers without the Sanitizer API', async () => {
    frame = await openStrictPage('&sanitizer=dompurify');
    const { root, violations } = await useEveryWidget(frame);
    expect(
      frame.contentWindow!.performance.getEntriesByType('resource').some((entry) => entry.name.includes('purify')),
    ).to.equal(true);
    expect(root('press-feed').querySelector('[part~="content"]')!.textContent).to.include('SEPCA');
    expect(violations()).to.deep.equal([]);
  });
});
