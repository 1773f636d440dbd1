// The texts every widget shares: they travel with the script tag's entry in English,
// each other language as a small chunk loaded on first use.
import type { FeedErrorCode } from '../data/feed-error.js';
import type { CommonTexts } from './translation.js';
import type { TextPart } from './registry.js';
import english from './en/common.js';

export const commonTexts: TextPart<CommonTexts> = {
  name: 'common',
  en: english,
  load: (tag) => import(`./${tag}/common.ts`),
};

/**
 * What went wrong with a feed, in words a visitor understands. An aborted or refused CORS request has no
 * text of its own and reads as any other failed request: the visitor can do nothing about it (the console
 * tells the site's team). Such codes find no text of their own and fall back by lookup, as the contact
 * form's `sendError` texts do.
 */
export const feedErrorText = (t: CommonTexts, code: FeedErrorCode | undefined): string =>
  t.feedError[code as keyof CommonTexts['feedError']] ?? t.feedError.network;
