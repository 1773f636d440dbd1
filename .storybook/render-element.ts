import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Args, StoryContext } from '@storybook/web-components-vite';
import type { PressCommonAttributes } from '../src/jsx/index.js';
import type { ElementArgType } from './element-docs.js';

type Rows = Record<string, ElementArgType>;

/** The args of a story of element `E`: its public properties (no methods), `lang` and `theme`. */
export type StoryArgs<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
} & PressCommonAttributes & {
    /** The text of the element's default slot. */
    defaultSlot?: string;
  };

/** What was set on an element beyond its attributes, to undo when an arg is reset. */
const applied = new WeakMap<Element, { properties: Set<string>; listeners: Map<string, EventListener> }>();

/** `'date'`, or `{ type: 'date' }` as Storybook passes it on. */
const isDate = (control: ElementArgType['control']) =>
  (typeof control === 'object' && control ? control.type : control) === 'date';

/**
 * Sets each of a story's args on the element as its row says (./element-docs.ts): as the attribute a
 * page writes, as a property, or as the listener of an event. Every control so reaches the element,
 * and the story's snippet shows the markup a page would have.
 */
function apply(element: Element | undefined, args: Args, rows: Rows) {
  if (!element) return;
  const target = element as HTMLElement & Record<string, unknown>;
  if (!applied.has(element)) applied.set(element, { properties: new Set(), listeners: new Map() });
  const { properties, listeners } = applied.get(element)!;
  for (const [key, { attribute, property, event, control }] of Object.entries(rows)) {
    const value = args[key];
    if (attribute) {
      if (value === undefined || value === null || value === false) element.removeAttribute(attribute);
      else element.setAttribute(attribute, value === true ? '' : String(value));
    } else if (property && (value !== undefined || properties.has(property))) {
      // A property that was never set keeps the element's default. Storybook's date control gives a timestamp.
      target[property] = isDate(control) && typeof value === 'number' ? new Date(value) : value;
      if (value === undefined) properties.delete(property);
      else properties.add(property);
    } else if (event && listeners.get(event) !== value) {
      const previous = listeners.get(event);
      if (previous) element.removeEventListener(event, previous);
      listeners.delete(event);
      if (typeof value !== 'function') continue;
      element.addEventListener(event, value as EventListener);
      listeners.set(event, value as EventListener);
    }
  }
}

// Lit binds no tag name: each element has its template.
const templates: Record<string, (setArgs: unknown, content: unknown) => TemplateResult> = {
  'press-feed': (setArgs, content) => html`<press-feed ${setArgs}>${content}</press-feed>`,
  'press-quote': (setArgs, content) => html`<press-quote ${setArgs}>${content}</press-quote>`,
  'press-contact-form': (setArgs, content) => html`<press-contact-form ${setArgs}>${content}</press-contact-form>`,
};

/**
 * Every story's render (preview.ts): the story's element with its args. A story that needs more (a
 * background, a width) wraps it.
 */
export function renderStory<TArgs extends object>(storyArgs: TArgs, context: StoryContext<TArgs>) {
  const { component, globals } = context;
  const rows = context.argTypes as Rows;
  const template = templates[component!];
  if (!template) throw new Error(`.storybook/render-element.ts has no template for <${component}>`);
  // The element's own `theme` control wins over the toolbar's.
  const theme = (storyArgs as Args).theme ?? (globals.theme === 'auto' ? undefined : globals.theme);
  const args: Args = { ...storyArgs, theme };
  const content = Object.entries(rows).map(([key, { slot }]) =>
    slot === undefined || args[key] === undefined
      ? nothing
      : slot
        ? html`<span slot=${slot}>${args[key]}</span>`
        : args[key],
  );
  return template(
    ref((element) => apply(element, args, rows)),
    content,
  );
}
