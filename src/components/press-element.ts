import { isServer, LitElement, ReactiveElement, type PropertyValues } from 'lit';
import type { LocalizeController } from '../controllers/localize.js';
import { tokenStyles } from '../styles/tokens.styles.js';
import { hostStyles } from '../styles/host.styles.js';
import { buttonStyles } from '../styles/button.styles.js';

const warnedTags = new Set<string>();

/** What a visitor can focus or type in, in the order a server render and the element's own render share. */
const controls = 'a[href],button,input,select,textarea';

/**
 * The base of every press widget: design tokens, host and button styles, localization, and a `define`
 * that an app can call with its own tag name.
 */
export abstract class PressElement extends LitElement {
  static override styles = [tokenStyles, hostStyles, buttonStyles];

  /** The tag name `define()` uses when none is given. */
  static tagName: string;

  /**
   * Registers the element. A tag that is already taken is left alone, with a warning when it is
   * taken by something other than this class (another copy or version of the widgets on the page).
   */
  static define(tagName = this.tagName, registry: CustomElementRegistry = customElements): void {
    const self = this as unknown as CustomElementConstructor;
    const existing = registry.get(tagName);
    if (existing) {
      if (existing !== self && !(existing.prototype instanceof this) && !warnedTags.has(tagName)) {
        warnedTags.add(tagName);
        console.warn(`press-widgets: <${tagName}> is already defined by another script; this copy is not used.`);
      }
      return;
    }
    // A class can be registered once; a second name gets a subclass so both tags work.
    registry.define(tagName, registry.getName?.(self) ? class extends (self as typeof HTMLElement) {} : self);
  }

  /**
   * The element's language and texts. Each element creates it with its own part of the texts, e.g.
   * `protected readonly localize = new LocalizeController(this, feedTexts);`, so a page downloads
   * only the texts of the widgets on it.
   */
  protected abstract readonly localize: LocalizeController;

  // The first render waits for the page language's texts so visitors never see a flash of English.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await this.localize.ready;
    super.scheduleUpdate();
  }

  /**
   * What a server rendered into the shadow root before this script ran (declarative shadow DOM): it
   * stays on show, and is replaced by the first render here only once that render has what it shows.
   */
  #serverRender?: ChildNode[];
  /** The server's controls, which keep what the visitor typed once removed, and which had the focus. */
  #visitor?: [controls: HTMLInputElement[], focus: number];

  /** False while the element's first render would show less than the server's (its data still loading). */
  protected get canReplaceServerRender(): boolean {
    return true;
  }

  protected override createRenderRoot() {
    const existing = this.shadowRoot?.childNodes;
    if (existing?.length) this.#serverRender = [...existing];
    const root = super.createRenderRoot();
    if (this.#serverRender) {
      // Lit renders before what the root held; those nodes are gone by then, so after everything.
      this.renderOptions.renderBefore = null;
      // After each update, by a controller rather than `updated()`, which a widget overrides.
      this.addController({ hostUpdated: () => this.#giveBack() });
    }
    return root;
  }

  // In one task, so nothing paints between: the server's nodes go, the first render comes. Until the
  // element can show as much, an update takes in its properties (willUpdate has run) and renders nothing:
  // ReactiveElement's own update reflects attributes and ends the update, as Lit's server renderer calls it.
  protected override update(changed: PropertyValues) {
    const server = this.#serverRender;
    if (server) {
      if (!this.canReplaceServerRender) return ReactiveElement.prototype['update'].call(this, changed);
      const root = this.renderRoot as ShadowRoot;
      const rendered = [...root.querySelectorAll<HTMLInputElement>(controls)];
      this.#visitor = [rendered, rendered.indexOf(root.activeElement as HTMLInputElement)];
      for (const node of server) node.remove();
      this.#serverRender = undefined;
    }
    super.update(changed);
  }

  /** Gives the visitor back, in the first render here, what they changed in the server's, and the focus. */
  #giveBack() {
    const visitor = this.#visitor;
    if (!visitor) return;
    this.#visitor = undefined;
    // Replayed as input, so the element takes what was typed as if it had been typed now. Only what the
    // visitor changed in the server's render: a control left as the server wrote it must not undo what the
    // element restored itself, a saved draft or a shared `sync-url` link's filters. A select has no
    // defaultValue, and a server, which knows no visitor's choice, starts each on its option valued "";
    // links and buttons have no value to change.
    const root = this.renderRoot as ShadowRoot;
    const [rendered, focus] = visitor;
    for (const { id, value, checked, defaultValue, defaultChecked } of rendered) {
      // A control without an id has none to find (getElementById('') is null).
      const field = root.getElementById(id) as HTMLInputElement | null;
      if (!field || (checked === defaultChecked && (value ?? '') === (defaultValue ?? ''))) continue;
      if (field.type === 'checkbox') field.checked = checked;
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    root.querySelectorAll<HTMLElement>(controls)[focus]?.focus();
  }
}

// Read by the loader's space reservation and by the take-over: a server's render has its own size. Set by
// an initializer rather than a constructor, so that browser bundles, where isServer is false, keep none.
if (isServer) PressElement.addInitializer((element) => element.setAttribute('server-rendered', ''));
