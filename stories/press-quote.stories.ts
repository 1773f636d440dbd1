import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/press-quote/press-quote.define.js';
import { parseFeed } from '../src/data/index.js';
import type { Feed } from '../src/data/types.js';
import fixtures from '../test/fixtures/press-quote/quotes.json';

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

interface Args {
  src?: string;
  feed?: Feed;
  speaker?: string;
  speakerRole?: string;
  organisation?: string;
  date?: string;
  href?: string;
  tags?: string;
  release?: string;
  pick?: 'latest' | 'random' | 'all';
  rotate?: number;
  variant?: 'card' | 'pull' | 'compact';
  image?: string;
  imageAlt?: string;
  clamp?: number;
  text?: string;
  style?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/press-quote',
  component: 'press-quote',
  args: { src: sample, variant: 'card', pick: 'latest' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'pull', 'compact'] },
    pick: { control: 'inline-radio', options: ['latest', 'random', 'all'] },
    rotate: { control: { type: 'number', min: 0, step: 1 } },
    clamp: { control: { type: 'number', min: 0, step: 1 } },
    feed: { control: false },
  },
  render: (args, context) => {
    const theme = context.globals.theme as string;
    return html`<press-quote
      src=${ifDefined(args.feed || args.text ? undefined : args.src)}
      .feed=${args.feed}
      theme=${theme === 'auto' ? nothing : theme}
      speaker=${ifDefined(args.speaker)}
      speaker-role=${ifDefined(args.speakerRole)}
      organisation=${ifDefined(args.organisation)}
      date=${ifDefined(args.date)}
      href=${ifDefined(args.href)}
      tags=${ifDefined(args.tags)}
      release=${ifDefined(args.release)}
      pick=${ifDefined(args.pick)}
      rotate=${ifDefined(args.rotate)}
      variant=${ifDefined(args.variant)}
      image=${ifDefined(args.image)}
      image-alt=${ifDefined(args.imageAlt)}
      clamp=${ifDefined(args.clamp)}
      style=${ifDefined(args.style)}
      >${args.text ?? nothing}</press-quote
    >`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The newest quote of the sample feed, as a card. */
export const Card: Story = {};
export const Pull: Story = { args: { variant: 'pull' } };
export const Compact: Story = { args: { variant: 'compact', style: 'max-width: 22rem' } };

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
    text: 'Every road we repair is a road that keeps people safe, and we will repair a thousand kilometres this year.',
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
  args: { src: undefined, feed: quotesFeed, speaker: 'petrovic', style: 'max-width: 36rem' },
};
export const ClampTwoLines: Story = { args: { clamp: 2, style: 'max-width: 30rem' } };

/** A Cyrillic quote keeps `lang="sr-Cyrl"`, whatever the page's language. */
export const CyrillicQuote: Story = { args: { src: undefined, feed: quotesFeed, speaker: 'dacic' } };

export const Loading: Story = { args: { src: loadingUrl } };
export const Empty: Story = { args: { speaker: 'nobody' } };
export const LoadError: Story = { args: { src: '/feeds/does-not-exist.json' } };

export const Dark: Story = {
  args: { pick: 'all', rotate: 6 },
  render: (args, context) =>
    html`<div style="background: #16191d; padding: 1rem">${meta.render!({ ...args }, { ...context, globals: { ...context.globals, theme: 'dark' } })}</div>`,
};
