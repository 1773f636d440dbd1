// Type checks (tsc, `npm run lint`); no test runs here. The framework types list each element's
// public properties by hand: this fails to compile, naming the property, when an element gains a
// reactive property that src/jsx/index.ts does not list.
import type { PressFeed } from '../../src/components/press-feed/press-feed.js';
import type { PressQuote } from '../../src/components/press-quote/press-quote.js';
import type { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import type { PressHTMLAttributes, PressWidgetsElements } from '../../src/jsx/index.js';

/** The names in `static properties` that are not internal state. */
type PublicProperties<C> = C extends { properties: infer P }
  ? { [K in keyof P]: P[K] extends { state: unknown } ? never : K }[keyof P]
  : never;

type Unlisted<C, Tag extends keyof PressWidgetsElements> = Exclude<
  PublicProperties<C>,
  keyof PressWidgetsElements[Tag]['properties'] | keyof PressWidgetsElements[Tag]['objectProperties']
>;

/** `true` when nothing is missing; otherwise the missing names, which `true` is not assignable to. */
type AllListed<Missing> = [Missing] extends [never] ? true : { unlisted: Missing };

export const feedListed: AllListed<Unlisted<typeof PressFeed, 'press-feed'>> = true;
export const quoteListed: AllListed<Unlisted<typeof PressQuote, 'press-quote'>> = true;
export const formListed: AllListed<Unlisted<typeof PressContactForm, 'press-contact-form'>> = true;
// @ts-expect-error the check itself can fail: a property the types do not list is reported
export const checkFails: AllListed<Unlisted<{ properties: { extra: object } }, 'press-feed'>> = true;

// Every global HTML attribute passes beside an element's own, which keep their types.
export const feedAttributes: PressHTMLAttributes<'press-feed'> = {
  lang: 'sr-Latn',
  id: 'news',
  dir: 'rtl',
  title: 'Press releases',
  hidden: true,
  'aria-label': 'Press releases',
  'data-track': 'news',
  limit: 5,
  'show-search': true,
};
export const quoteAttributes: PressHTMLAttributes<'press-quote'> = { lang: 'de', 'aria-hidden': 'false', clamp: 4 };
export const formAttributes: PressHTMLAttributes<'press-contact-form'> = {
  lang: 'sq',
  slot: 'aside',
  'max-length': 2000,
};
export const wrongAttributes: PressHTMLAttributes<'press-feed'>[] = [
  // @ts-expect-error limit is a number
  { lang: 'sr', limit: 'five' },
  // @ts-expect-error dir is ltr, rtl or auto
  { dir: 'up' },
  // @ts-expect-error an attribute neither the element nor HTML has
  { colour: 'red' },
];
