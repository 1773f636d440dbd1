// The texts of <press-feed>: they travel with the element in English,
// each other language as a small chunk loaded on first use.
import type { FeedTexts } from './translation.js';
import type { TextPart } from './registry.js';
import { feed } from './en/feed.js';

export const feedTexts: TextPart<FeedTexts> = {
  name: 'feed',
  en: feed,
  load: {
    'sr-latn': () => import('./sr-Latn/feed.js').then((module) => module.feed),
    'sr-cyrl': () => import('./sr-Cyrl/feed.js').then((module) => module.feed),
    sq: () => import('./sq/feed.js').then((module) => module.feed),
    bs: () => import('./bs/feed.js').then((module) => module.feed),
    hr: () => import('./hr/feed.js').then((module) => module.feed),
    mk: () => import('./mk/feed.js').then((module) => module.feed),
    sl: () => import('./sl/feed.js').then((module) => module.feed),
    bg: () => import('./bg/feed.js').then((module) => module.feed),
    ro: () => import('./ro/feed.js').then((module) => module.feed),
    hu: () => import('./hu/feed.js').then((module) => module.feed),
    de: () => import('./de/feed.js').then((module) => module.feed),
    el: () => import('./el/feed.js').then((module) => module.feed),
    tr: () => import('./tr/feed.js').then((module) => module.feed),
  },
};
