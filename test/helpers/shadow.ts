// Reading a widget's shadow root the way a person reads the screen: its text on one line, the control a
// label names, the button with a given text, where the focus is. Every element's tests use these, in
// this window or in a frame's document alike.

/** The element's shadow root; every widget has one from the moment it is created. */
export const shadow = (host: Element) => host.shadowRoot!;

/** Every match of `selector` inside the shadow root, in document order. */
export const all = <T extends Element = HTMLElement>(host: Element, selector: string) => [
  ...shadow(host).querySelectorAll<T>(selector),
];

/** The first match of `selector` inside the shadow root; for what the test knows is there. */
export const one = <T extends Element = HTMLElement>(host: Element, selector: string) =>
  shadow(host).querySelector<T>(selector)!;

/** Text as it reads on screen: runs of white space are one space, none at either end. */
export const visible = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of every match of `selector`. */
export const texts = (host: Element, selector: string) => all(host, selector).map((node) => visible(node.textContent!));

/** The text of the first match of `selector` (undefined, which equals no expected text, when none matches). */
export const text = (host: Element, selector: string) => texts(host, selector)[0];

/** Everything the widget says, as one line. */
export const screenText = (host: Element) => visible(shadow(host).textContent!);

/** The element inside the shadow root that has the focus, if any. */
export const focused = (host: Element) => shadow(host).activeElement as HTMLElement | null;

/** The control a label belongs to, found by the text the label starts with, as a visitor reads it. */
export function field<T extends HTMLElement = HTMLInputElement>(host: Element, label: string): T {
  const found = all<HTMLLabelElement>(host, 'label').find((element) => visible(element.textContent!).startsWith(label));
  if (!found) throw new Error(`No field labelled "${label}"`);
  return shadow(host).getElementById(found.htmlFor) as T;
}

/** The button whose text is `name`, or matches it. */
export function button(host: Element, name: string | RegExp): HTMLButtonElement {
  const found = all<HTMLButtonElement>(host, 'button').find((element) =>
    typeof name === 'string' ? visible(element.textContent!) === name : name.test(element.textContent!),
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}
