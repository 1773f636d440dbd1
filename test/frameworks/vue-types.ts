// Type checks of the Vue 3 template types (tsc, `npm run lint`); no test runs here. Volar checks a
// template's `<press-feed show-search @press-load="…">` against these same props.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/jsx/vue.js';
import type { PressLoadEvent } from '../../src/events/press-load.js';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const feedProps: Props<'press-feed'> = {
  src: '/demo/feeds/sample.json',
  showSearch: true,
  limit: 5,
  layout: 'grid',
  onPressLoad: (event: PressLoadEvent) => event.detail.feed.items,
  onPressItemSelect: (event) => event.preventDefault(),
};
export const quoteProps: Props<'press-quote'> = {
  speaker: 'Dačić',
  variant: 'pull',
  theme: 'dark',
  onPressQuoteCopy: (event) => event.detail.text,
};
export const formProps: Props<'press-contact-form'> = {
  endpoint: '/api/contact',
  maxLength: 2000,
  onPressSubmitSuccess: (event) => event.detail.reference,
};

// `strictTemplates` rejects whatever a component's props do not list, so the global attributes must be
// there, named as Volar checks them (`data-track` as `dataTrack`).
export const globalAttributes = {
  feed: {
    lang: 'sr-Latn',
    id: 'news',
    dir: 'ltr',
    title: 'Press releases',
    hidden: true,
    'aria-label': 'Press releases',
    'aria-describedby': 'news-intro',
    dataTrack: 'news',
    role: 'region',
    tabindex: -1,
    class: 'wide',
    style: { marginBlock: '1rem' },
    slot: 'main',
    limit: 5,
  } satisfies Props<'press-feed'>,
  quote: { lang: 'de', id: 'quote', 'aria-hidden': 'false', dataTrack: 'quote' } satisfies Props<'press-quote'>,
  form: { lang: 'sq', title: 'Write to us', inert: false, dataTrack: 'form' } satisfies Props<'press-contact-form'>,
};

export const typeErrors: Props<'press-feed'>[] = [
  // @ts-expect-error limit is a number
  { limit: 'five' },
  // @ts-expect-error beside the global attributes, an element's own keep their type: no such `dates`
  { lang: 'sr', dates: 'yesterday' },
  // @ts-expect-error lang is a language tag
  { lang: 42 },
  // @ts-expect-error an attribute neither the element nor HTML has
  { colour: 'red' },
  // @ts-expect-error the handler takes a PressLoadEvent, whose detail has no `items`
  { onPressLoad: (event: PressLoadEvent) => event.detail.items },
  // @ts-expect-error objects are properties: `feed` wants a parsed PressFeed
  { feed: 'sample.json' },
];
