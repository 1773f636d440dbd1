// Types only: the elements in React 19's JSX. `import type {} from '@sepca/press-widgets/jsx/react'`.
//
// React 19 sets a prop as a property when the element has one by that name (`feed`, `src`, `limit`),
// otherwise as an attribute (`show-search`: `true` sets it empty, `false` removes it), and listens to
// `on` + the exact event name (`onpress-load`). Hence attribute names for what HTML can say, property
// names for objects, and one `on…` prop per event, typed with our event classes.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PressWidgetsElements } from './index.js';

type Entry = PressWidgetsElements[keyof PressWidgetsElements];

/** `{ 'press-load': PressLoadEvent }` → `{ 'onpress-load'?: (event: PressLoadEvent) => void }`. */
export type ReactEventProps<Events> = {
  [K in keyof Events as `on${K & string}`]?: (event: Events[K]) => void;
};

/** What `<press-… />` accepts in React 19. */
export type ReactPressProps<E extends Entry> = E['attributes'] &
  E['objectProperties'] &
  ReactEventProps<E['events']> &
  Omit<
    DetailedHTMLProps<HTMLAttributes<E['element']>, E['element']>,
    keyof E['attributes'] | keyof E['objectProperties']
  >;

declare module 'react' {
  // React declares its JSX types in a namespace; augmenting them takes one.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'press-feed': ReactPressProps<PressWidgetsElements['press-feed']>;
      'press-quote': ReactPressProps<PressWidgetsElements['press-quote']>;
      'press-contact-form': ReactPressProps<PressWidgetsElements['press-contact-form']>;
    }
  }
}
