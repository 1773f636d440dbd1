import { LitElement } from 'lit';
import type { LocalizeController } from '../controllers/localize.js';
import { tokenStyles } from '../styles/tokens.styles.js';
import { hostStyles } from '../styles/host.styles.js';
import { buttonStyles } from '../styles/button.styles.js';

const warnedTags = new Set<string>();

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
        console.warn(`press-widgets: <${tagName}> is already defined by another script; this copy is not used for it.`);
      }
      return;
    }
    // A class can be registered once; a second name gets a subclass so both tags work.
    const alreadyNamed = registry.getName?.(self);
    registry.define(tagName, alreadyNamed ? class extends (self as typeof HTMLElement) {} : self);
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
}
