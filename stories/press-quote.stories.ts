import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/press-quote/press-quote.define.js';
import type { PressQuote } from '../src/components/press-quote/press-quote.js';
import { parseFeed } from '../src/data/index.js';
import fixtures from '../test/fixtures/press-quote/quotes.json';
import { renderStory, type StoryArgs } from '../.storybook/render-element.js';

const sample = '/feeds/sample.json';
const portrait = new URL('../test/fixtures/press-quote/portrait.svg', import.meta.url).href;

// The loading story needs a feed that never answers: this one URL is answered here, every other goes out.
const loadingUrl = '/feeds/press-quote-loading.json';
const passOn = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input, init) =>
  new URL(input instanceof Request ? input.url : String(input), location.href).pathname === loadingUrl
    ? new Promise<Response>(() => undefined)
    : passOn(input, init);

const quotesFeed = parseFeed(fixtures, { url: location.href });

type Args = StoryArgs<PressQuote>;

// The controls, their types and the docs page's tables come from custom-elements.json (.storybook/).
const meta: Meta<Args> = {
  title: 'Widgets/press-quote',
  component: 'press-quote',
  args: { src: sample, variant: 'card', pick: 'latest' },
};
/** A story in a column of this width, as in a page's sidebar or article. */
const width =
  (maxWidth: string): Story['render'] =>
  (args, context) =>
    html`<div style="max-width: ${maxWidth}">${renderStory(args, context)}</div>`;
export default meta;

type Story = StoryObj<Args>;

/** The newest quote of the sample feed, as a card. */
export const Card: Story = {};
export const Pull: Story = { args: { variant: 'pull' } };
export const Compact: Story = { args: { variant: 'compact' }, render: width('22rem') };

/** `dacic` finds Ivica Dačić: any case, no accents needed, either Serbian script. */
export const BySpeaker: Story = { args: { speaker: 'dacic', pick: 'all', image: portrait, imageAlt: '' } };
export const ByTag: Story = { args: { tags: 'interpol', pick: 'all' } };
export const ByRelease: Story = { args: { release: 'mup-twinning-illegal-migration-cyber-crime' } };
export const Random: Story = { args: { pick: 'random' } };
export const List: Story = { args: { pick: 'all', variant: 'compact' } };

/** One quote at a time: pause, previous and next; paused on hover, on focus and under reduced motion. */
export const Rotator: Story = { args: { pick: 'all', rotate: 6 } };
export const PullRotator: Story = { args: { pick: 'all', rotate: 6, variant: 'pull', tags: 'eu' } };

/** No feed at all: the text in the element, the attribution in attributes. */
export const Inline: Story = {
  args: {
    src: undefined,
    defaultSlot:
      'Every road we repair is a road that keeps people safe, and we will repair a thousand kilometres this year.',
    speaker: 'Ana Anić',
    speakerRole: 'Director',
    organisation: 'Roads Agency',
    date: '2026-11-02',
    href: 'https://example.org/statements/roads',
    image: portrait,
    imageAlt: 'Ana Anić',
  },
};
export const InlineDecorativePortrait: Story = { args: { ...Inline.args, imageAlt: '' } };

/** Quotes over 280 characters are clamped behind "Show more"; `clamp` sets the lines. */
export const LongQuote: Story = {
  args: { src: undefined, feed: quotesFeed, speaker: 'petrovic' },
  render: width('36rem'),
};
export const ClampTwoLines: Story = { args: { clamp: 2 }, render: width('30rem') };

/** A Cyrillic quote keeps `lang="sr-Cyrl"`, whatever the page's language. */
export const CyrillicQuote: Story = { args: { src: undefined, feed: quotesFeed, speaker: 'dacic' } };

export const Loading: Story = { args: { src: loadingUrl } };
export const Empty: Story = { args: { speaker: 'nobody' } };
export const LoadError: Story = { args: { src: '/feeds/does-not-exist.json' } };

export const Dark: Story = {
  args: { pick: 'all', rotate: 6, theme: 'dark' },
  render: (args, context) => html`<div style="background: #16191d; padding: 1rem">${renderStory(args, context)}</div>`,
};
