// Types only, for frameworks that render the elements (JSX, Vue templates): what each tag accepts and
// which events it fires. Imports no framework. `./react.ts` and `./vue.ts` build on these.
import type { PressFeed } from '../components/press-feed/press-feed.js';
import type { PressQuote } from '../components/press-quote/press-quote.js';
import type { PressContactForm } from '../components/press-contact-form/press-contact-form.js';
import type { PressLoadEvent } from '../events/press-load.js';
import type { PressErrorEvent } from '../events/press-error.js';
import type { PressFilterChangeEvent } from '../events/press-filter-change.js';
import type { PressItemSelectEvent } from '../events/press-item-select.js';
import type { PressQuoteCopyEvent } from '../events/press-quote-copy.js';
import type { PressSubmitEvent } from '../events/press-submit.js';
import type { PressSubmitSuccessEvent } from '../events/press-submit-success.js';
import type { PressSubmitErrorEvent } from '../events/press-submit-error.js';

/** `showSearch` → `show-search`: a property's name as an HTML attribute. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/** `press-load` → `PressLoad`: an event's name as Vue's `on…` prop wants it. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** Attributes every element reads (see docs/theming.md and docs/api.md, Language). */
export interface PressCommonAttributes {
  /** `auto`, `light`, `dark` or `high-contrast`; without it the page's `color-scheme` decides. */
  theme?: 'auto' | 'light' | 'dark' | 'high-contrast';
  /**
   * The language of the texts (BCP 47); without it, the nearest ancestor's. On `<press-feed>` it also
   * keeps only the releases in that language.
   */
  lang?: string;
}

/**
 * HTML's global attributes, by their names in HTML, which every element takes beside its own: for
 * frameworks whose types do not list them all (see `./vue.ts`) and for markup typed by hand. Inline
 * event handlers (`onclick="…"`) are left out: frameworks type events their own way, and the strict
 * CSP the widgets are built for (docs/csp.md) blocks them.
 */
export interface GlobalAttributes {
  accesskey?: string;
  autocapitalize?: 'off' | 'none' | 'on' | 'sentences' | 'words' | 'characters';
  autocorrect?: 'on' | 'off' | '';
  autofocus?: boolean;
  class?: string;
  contenteditable?: boolean | 'true' | 'false' | 'plaintext-only' | '';
  dir?: 'ltr' | 'rtl' | 'auto';
  draggable?: boolean | 'true' | 'false';
  enterkeyhint?: 'enter' | 'done' | 'go' | 'next' | 'previous' | 'search' | 'send';
  exportparts?: string;
  hidden?: boolean | '' | 'hidden' | 'until-found';
  id?: string;
  inert?: boolean;
  inputmode?: 'none' | 'text' | 'decimal' | 'numeric' | 'tel' | 'search' | 'email' | 'url';
  is?: string;
  itemid?: string;
  itemprop?: string;
  itemref?: string;
  itemscope?: boolean;
  itemtype?: string;
  lang?: string;
  nonce?: string;
  part?: string;
  popover?: boolean | '' | 'auto' | 'manual' | 'hint';
  role?: string;
  slot?: string;
  spellcheck?: boolean | 'true' | 'false' | '';
  style?: string;
  tabindex?: number | string;
  title?: string;
  translate?: 'yes' | 'no' | '';
  writingsuggestions?: boolean | 'true' | 'false' | '';
  [attribute: `aria-${string}`]: string | number | boolean | undefined;
  [attribute: `data-${string}`]: string | number | boolean | undefined;
}

/** The properties of an element that are also attributes, by property name (`showSearch`). */
export type PressFeedProperties = Partial<
  Pick<
    PressFeed,
    | 'src'
    | 'tags'
    | 'tagMode'
    | 'category'
    | 'source'
    | 'since'
    | 'until'
    | 'query'
    | 'showSearch'
    | 'showFilters'
    | 'sort'
    | 'limit'
    | 'paging'
    | 'layout'
    | 'showImages'
    | 'showSummary'
    | 'dates'
    | 'headingLevel'
    | 'expand'
    | 'refresh'
    | 'syncUrl'
    | 'script'
  >
>;
export type PressQuoteProperties = Partial<
  Pick<
    PressQuote,
    | 'src'
    | 'speaker'
    | 'speakerRole'
    | 'organisation'
    | 'date'
    | 'href'
    | 'tags'
    | 'release'
    | 'pick'
    | 'rotate'
    | 'variant'
    | 'image'
    | 'imageAlt'
    | 'clamp'
    | 'label'
    | 'script'
  >
>;
export type PressContactFormProperties = Partial<
  Pick<
    PressContactForm,
    | 'src'
    | 'endpoint'
    | 'htmlFormPosts'
    | 'encoding'
    | 'topics'
    | 'privacyUrl'
    | 'consent'
    | 'maxLength'
    | 'headingLevel'
    | 'timeout'
    | 'draft'
  >
>;

/** Properties that have no attribute: objects and functions, set from code (`.feed`). */
export type PressFeedObjectProperties = Partial<Pick<PressFeed, 'feed' | 'now'>>;
export type PressQuoteObjectProperties = Partial<Pick<PressQuote, 'feed'>>;
export type PressContactFormObjectProperties = Partial<
  Pick<PressContactForm, 'feed' | 'fields' | 'tokenProvider' | 'minFillTime' | 'retryPolicy'>
>;

/** The same properties by attribute name (`show-search`), as written in HTML. */
export type AttributesOf<P> = { [K in keyof P as KebabCase<K & string>]: P[K] };
export type PressFeedAttributes = AttributesOf<PressFeedProperties> & PressCommonAttributes;
export type PressQuoteAttributes = AttributesOf<PressQuoteProperties> & PressCommonAttributes;
export type PressContactFormAttributes = AttributesOf<PressContactFormProperties> & PressCommonAttributes;

/** What a tag accepts in HTML: its own attributes, checked, and every global one. */
export type PressHTMLAttributes<Tag extends keyof PressWidgetsElements> = PressWidgetsElements[Tag]['attributes'] &
  GlobalAttributes;

/** The events each element fires, by name; every one bubbles and is composed. */
export interface PressFeedEvents {
  'press-load': PressLoadEvent;
  'press-error': PressErrorEvent;
  'press-filter-change': PressFilterChangeEvent;
  'press-item-select': PressItemSelectEvent;
}
export interface PressQuoteEvents {
  'press-load': PressLoadEvent;
  'press-error': PressErrorEvent;
  'press-quote-copy': PressQuoteCopyEvent;
}
export interface PressContactFormEvents {
  'press-load': PressLoadEvent;
  'press-error': PressErrorEvent;
  'press-submit': PressSubmitEvent;
  'press-submit-success': PressSubmitSuccessEvent;
  'press-submit-error': PressSubmitErrorEvent;
}

/** Each tag with its class, attributes, object properties and events. */
export interface PressWidgetsElements {
  'press-feed': {
    element: PressFeed;
    properties: PressFeedProperties;
    attributes: PressFeedAttributes;
    objectProperties: PressFeedObjectProperties;
    events: PressFeedEvents;
  };
  'press-quote': {
    element: PressQuote;
    properties: PressQuoteProperties;
    attributes: PressQuoteAttributes;
    objectProperties: PressQuoteObjectProperties;
    events: PressQuoteEvents;
  };
  'press-contact-form': {
    element: PressContactForm;
    properties: PressContactFormProperties;
    attributes: PressContactFormAttributes;
    objectProperties: PressContactFormObjectProperties;
    events: PressContactFormEvents;
  };
}

// The tags, for a page that registers them with the CDN script rather than by importing an entry.
declare global {
  interface HTMLElementTagNameMap {
    'press-feed': PressFeed;
    'press-quote': PressQuote;
    'press-contact-form': PressContactForm;
  }
}
