// The elements rendered by React 19, the way an app renders them: props React sets as properties
// (`feed`, `src`) or attributes (`show-search`), and custom events through `onpress-load`.
import { expect, waitUntil } from '@open-wc/testing';
// React ships CommonJS: web-test-runner.config.mjs converts react's own files for the browser.
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import ReactDOM from 'react-dom';
import '../../src/define.js';
import type {} from '../../src/jsx/react.js';
import { parseFeed, type Feed } from '../../src/index.js';
import type { PressFeed } from '../../src/components/press-feed/press-feed.js';
import type { PressQuote } from '../../src/components/press-quote/press-quote.js';
import type { PressLoadEvent } from '../../src/events/press-load.js';
import { shadow, texts } from '../helpers/shadow.js';

const sample = '/demo/feeds/sample.json';

/** Checked by tsc the way JSX is: `<press-feed {...props} />` must accept exactly these. */
type Props<Tag extends keyof React.JSX.IntrinsicElements> = React.JSX.IntrinsicElements[Tag];

let container: HTMLDivElement;
let root: ReturnType<typeof ReactDOMClient.createRoot>;

/** Renders like a React app does, and waits until React has committed. */
function render(element: React.ReactNode) {
  ReactDOM.flushSync(() => root.render(element));
}

describe('the elements in React 19', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders <press-feed> from its src and hands the typed press-load event to onpress-load', async () => {
    const loads: PressLoadEvent[] = [];
    const props: Props<'press-feed'> = {
      src: sample,
      limit: 5,
      'show-search': true,
      'onpress-load': (event) => loads.push(event),
    };
    render(React.createElement('press-feed', props));

    const el = container.querySelector<PressFeed>('press-feed')!;
    // React 19 set `src` and `limit` as properties (the element has them) and `show-search` as an attribute.
    expect(el.src).to.equal(sample);
    expect(el.limit).to.equal(5);
    expect(el.hasAttribute('show-search')).to.be.true;
    await waitUntil(() => loads.length > 0, 'onpress-load was never called', { timeout: 5000 });
    await waitUntil(() => shadow(el).querySelector('[part=item]'), 'no release was shown', { timeout: 5000 });
    await el.updateComplete;

    expect(texts(el, '[part=title]')).to.deep.equal([
      'Dačić: all priorities of the Serbian chairmanship of SEPCA have been fulfilled',
      'EU-funded Twinning project against illegal migration and cyber crime concludes',
    ]);
    expect(shadow(el).querySelector('input[type=search]')).to.exist;
    expect(loads).to.have.length(1);
    expect(loads[0]!.type).to.equal('press-load');
    expect(loads[0]!.target).to.equal(el);
    expect(loads[0]!.detail.feed.items.map((item) => item.title)).to.have.length(2);
  });

  it('passes a feed from app data to <press-quote> as a property, and updates it when the props change', async () => {
    const response = await fetch(sample);
    const feed: Feed = parseFeed(await response.json(), { url: new URL(sample, location.href).href });
    render(React.createElement('press-quote', { feed, speaker: 'Davenport' } satisfies Props<'press-quote'>));

    const el = container.querySelector<PressQuote>('press-quote')!;
    // An object reaches the element as itself, never as the attribute "[object Object]".
    expect(el.feed).to.equal(feed);
    expect(el.hasAttribute('feed')).to.be.false;
    await waitUntil(() => shadow(el).querySelector('blockquote'), 'no quote was shown', { timeout: 5000 });
    expect(texts(el, '[part=speaker]')).to.deep.equal(['Michael Davenport']);
    expect(texts(el, 'blockquote')[0]).to.match(/^Suppression and fighting against illegal migrations/);
    await expect(el).to.be.accessible();

    render(
      React.createElement('press-quote', { feed, speaker: 'Dačić', variant: 'pull' } satisfies Props<'press-quote'>),
    );
    // The same element, updated in place.
    expect(container.querySelector('press-quote')).to.equal(el);
    await waitUntil(() => texts(el, '[part=speaker]')[0] === 'Ivica Dačić', 'the new speaker was never shown', {
      timeout: 5000,
    });
    expect(el.variant).to.equal('pull');
    expect(texts(el, 'blockquote')[0]).to.match(/^All priorities of the Serbian police/);
  });

  it('removes a listener React no longer passes and adds the new one', async () => {
    const first: string[] = [];
    const second: string[] = [];
    render(
      React.createElement('press-quote', {
        src: sample,
        'onpress-load': () => first.push('first'),
      } satisfies Props<'press-quote'>),
    );
    const el = container.querySelector<PressQuote>('press-quote')!;
    await waitUntil(() => first.length === 1, 'the first handler was never called', { timeout: 5000 });

    render(
      React.createElement('press-quote', {
        src: sample,
        'onpress-load': () => second.push('second'),
      } satisfies Props<'press-quote'>),
    );
    el.dispatchEvent(new CustomEvent('press-load', { detail: { feed: el.feed } }));
    expect(first).to.deep.equal(['first']);
    expect(second).to.deep.equal(['second']);
  });
});

// Type checks of the JSX types (tsc, `npm run lint`): each line must fail to compile.
export const typeErrors: Props<'press-feed'>[] = [
  // @ts-expect-error limit is a number
  { limit: 'five' },
  // @ts-expect-error layout is one of list, grid, compact
  { layout: 'table' },
  // @ts-expect-error the handler takes a PressLoadEvent, whose detail has no `items`
  { 'onpress-load': (event) => event.detail.items },
  // @ts-expect-error objects are properties: `feed` wants a parsed Feed
  { feed: 'sample.json' },
];
