// Types only: the elements in Vue 3 templates (Volar / vue-tsc). `import type {} from '@sepca/press-widgets/jsx/vue'`.
//
// Vue sets a binding as a property when the element has one by that exact name (`:feed`, `:showSearch`),
// otherwise as an attribute, and turns `@press-load` into a listener for `press-load`. Volar checks
// `show-search` and `@press-load` against the camelCase props below (`showSearch`, `onPressLoad`).
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { GlobalAttributes, PascalCase, PressCommonAttributes, PressWidgetsElements } from './index.js';

type Entry = PressWidgetsElements[keyof PressWidgetsElements];

/** `{ 'press-load': PressLoadEvent }` → `{ onPressLoad?: (event: PressLoadEvent) => void }`. */
export type VueEventProps<Events> = {
  [K in keyof Events as `on${PascalCase<K & string>}`]?: (event: Events[K]) => void;
};

/**
 * HTML's global attributes as Volar checks them under `strictTemplates`, which rejects whatever a
 * component's props do not list: Vue's own list (`id`, `lang`, `aria-*`, `onClick`…), what it lacks
 * (`slot`, `nonce`, `popover`…), and `data-*` camelized, as Volar checks it on a component
 * (`data-track` as `dataTrack`).
 */
export type VueGlobalAttributes = HTMLAttributes &
  Omit<GlobalAttributes, keyof HTMLAttributes> & {
    [attribute: `data${Capitalize<string>}`]: string | number | boolean | undefined;
  };

/** What `<press-…>` accepts in a Vue 3 template. */
export type VuePressProps<E extends Entry> = E['properties'] &
  E['objectProperties'] &
  PressCommonAttributes &
  VueEventProps<E['events']> &
  VueGlobalAttributes;

declare module 'vue' {
  interface GlobalComponents {
    'press-feed': DefineComponent<VuePressProps<PressWidgetsElements['press-feed']>>;
    'press-quote': DefineComponent<VuePressProps<PressWidgetsElements['press-quote']>>;
    'press-contact-form': DefineComponent<VuePressProps<PressWidgetsElements['press-contact-form']>>;
  }
}
