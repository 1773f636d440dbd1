import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { PressElement } from '../press-element.js';
import { FeedController } from '../../controllers/feed.js';
import type { ContactTopic, PressFeed } from '../../data/types.js';
import { absoluteUrl } from '../../data/urls.js';
import { contactFields } from '../../form/contact-fields.js';
import type { ExtraField } from '../../form/contact-fields.js';
import { clearDraft, draftId, loadDraft, saveDraft } from '../../form/draft-store.js';
import type { DraftMode } from '../../form/draft-store.js';
import { SendError, newIdempotencyKey, sendMessage } from '../../form/send-message.js';
import type { ContactPayload, RetryPolicy } from '../../form/send-message.js';
import { validateField } from '../../form/validators.js';
import type { FieldValue, FormField } from '../../form/validators.js';
import { PressSubmitEvent } from '../../events/press-submit.js';
import { PressSubmitErrorEvent } from '../../events/press-submit-error.js';
import { PressSubmitSuccessEvent } from '../../events/press-submit-success.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { contactFormStyles } from './press-contact-form.styles.js';
import { fieldId, renderField, renderSummary } from './press-contact-form.fields.js';
import type { SummaryEntry } from './press-contact-form.fields.js';

type Phase = 'editing' | 'sending' | 'retrying' | 'sent' | 'failed';

/**
 * `topics="question: Question | Ministry of the Interior; problem: Report a problem"`: topics
 * separated by `;`, each `id: label | institution` (the id and the institution may be left out).
 */
export function parseTopics(value: string | null): ContactTopic[] {
  return (value ?? '').split(';').flatMap((entry) => {
    const [head, institution] = entry.split('|').map((part) => part.trim());
    const colon = head.indexOf(':');
    const label = (colon < 0 ? head : head.slice(colon + 1)).trim();
    const id = colon < 0 ? label : head.slice(0, colon).trim();
    return label ? [{ id, label, institution: institution || undefined }] : [];
  });
}

/**
 * A contact form that never loses or duplicates a citizen's message: validated fields with an error
 * summary, a draft kept until the server has the message, an idempotency key on every attempt,
 * retries with backoff, and an offline mode that can send when the connection returns.
 *
 * @summary A contact form for citizens, configured from a press feed's `_press.contact` or attributes.
 *
 * @event press-submit - A valid message is about to be sent; `detail` is the payload. Cancelable: cancel it to send the message yourself.
 * @event press-submit-success - The server has the message; `detail` is `{ reference, payload }`.
 * @event press-submit-error - The message was not delivered, refused, or the browser is offline; `detail` is `{ error, payload }`.
 * @event press-load - The feed (with the form's configuration) has loaded.
 * @event press-error - The feed could not be loaded.
 *
 * @csspart form - The form.
 * @csspart intro - The feed's introduction above the form.
 * @csspart field - One field: label, hint, error and control.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A field's control.
 * @csspart error - A field's error message.
 * @csspart count - The character count under the message.
 * @csspart error-summary - The list of problems shown at the top after a failed submit.
 * @csspart notice - The offline notice.
 * @csspart failure - The message shown when sending failed, with "Try again".
 * @csspart confirmation - What is shown once the message has been sent.
 * @csspart button - The send button.
 * @csspart status - The line under the button that says what is happening.
 *
 * @cssproperty [--press-contact-form-max-width=40rem] - The widest the form grows.
 */
export class PressContactForm extends PressElement {
  static override tagName = 'press-contact-form';
  static override styles = [...PressElement.styles, buttonStyles, formStyles, contactFormStyles];

  static override properties = {
    src: { type: String },
    feed: { attribute: false },
    endpoint: { type: String },
    encoding: { type: String },
    topics: { converter: { fromAttribute: parseTopics } },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    consent: { type: String },
    maxLength: { type: Number, attribute: 'max-length' },
    timeout: { type: Number },
    draft: { type: String },
    fields: { attribute: false },
    tokenProvider: { attribute: false },
    minFillTime: { attribute: false },
    retryPolicy: { attribute: false },
    values: { state: true },
    phase: { state: true },
    online: { state: true },
    offlineBlocked: { state: true },
    sendWhenOnline: { state: true },
    submitted: { state: true },
    showSummary: { state: true },
    serverErrors: { state: true },
    progress: { state: true },
    failure: { state: true },
    reference: { state: true },
    spokenCount: { state: true },
  };

  /** Space-separated feed URLs; the form reads its configuration from the first feed's `_press.contact`. */
  declare src: string | undefined;
  /** A feed object the page already has: its `contact` configures the form and nothing is fetched. */
  declare feed: PressFeed | undefined;
  /** Where messages are POSTed (http or https). Overrides the feed's. */
  declare endpoint: string | undefined;
  /** `json` (default) or `form` (`application/x-www-form-urlencoded`). */
  declare encoding: 'json' | 'form';
  /** Topics, each with the institution its messages go to; as an attribute see `parseTopics`. Overrides the feed's. */
  declare topics: ContactTopic[] | undefined;
  /** The privacy notice, linked under the consent box (or above the button). Overrides the feed's. */
  declare privacyUrl: string | undefined;
  /** The text of a required consent checkbox; none when empty. Overrides the feed's. */
  declare consent: string | undefined;
  /** The longest message the server takes; people may type past it and are told by how much. */
  declare maxLength: number;
  /** Time-out of each attempt in ms. */
  declare timeout: number;
  /** Where the unsent message is kept: `session` (default), `local` or `off` (nothing is stored). */
  declare draft: DraftMode;
  /** Extra fields (`ContactField`, optionally with `validators`). Overrides the feed's. */
  declare fields: ExtraField[] | undefined;
  /** Returns a captcha token for each sending; it goes in the `X-Captcha-Token` request header. */
  declare tokenProvider: (() => Promise<string>) | undefined;
  /** A message sent sooner than this many ms after writing began is taken for spam. */
  declare minFillTime: number;
  /** Attempts, backoff and the longest wait of retries (see `RetryPolicy`). */
  declare retryPolicy: Partial<RetryPolicy> | undefined;

  declare private values: Record<string, FieldValue>;
  declare private phase: Phase;
  declare private online: boolean;
  declare private offlineBlocked: boolean;
  declare private sendWhenOnline: boolean;
  declare private submitted: boolean;
  declare private showSummary: boolean;
  declare private serverErrors: Record<string, string>;
  declare private progress: string;
  declare private failure: SendError | undefined;
  declare private reference: string | undefined;
  /** The character count as announced to screen readers, once typing pauses (the GOV.UK pattern). */
  declare private spokenCount: string;

  private readonly feeds = new FeedController(this);
  private touched = new Set<string>();
  private key = newIdempotencyKey();
  private started = Date.now();
  private edited = false;
  private draftFor?: string;
  private countTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.encoding = 'json';
    this.maxLength = 2000;
    this.timeout = 15_000;
    this.draft = 'session';
    this.minFillTime = 3000;
    this.values = {};
    this.phase = 'editing';
    this.online = true;
    this.offlineBlocked = false;
    this.sendWhenOnline = false;
    this.submitted = false;
    this.showSummary = false;
    this.serverErrors = {};
    this.progress = '';
    this.spokenCount = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.online = navigator.onLine !== false;
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOffline);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOffline);
    clearTimeout(this.countTimer);
  }

  /** Empties the form and forgets the draft, e.g. after a site sent the message itself (`press-submit` canceled). */
  reset() {
    clearDraft(this.draftMode, this.draftFor ?? '');
    this.values = {};
    this.touched = new Set();
    this.submitted = this.showSummary = this.offlineBlocked = this.sendWhenOnline = this.edited = false;
    this.serverErrors = {};
    this.key = newIdempotencyKey();
    this.started = Date.now();
    this.failure = this.reference = undefined;
    this.phase = 'editing';
  }

  /** Validates and sends the message, as the send button does. */
  async submit(): Promise<void> {
    if (this.phase === 'sending' || this.phase === 'retrying') return;
    const fields = this.formFields;
    this.submitted = true;
    if (this.summaryEntries(fields).length) {
      this.showSummary = true;
      this.phase = 'editing';
      return this.focusOn('.summary');
    }
    this.showSummary = false;
    const trap = this.renderRoot.querySelector<HTMLInputElement>('[name="homepage"]');
    // Spam is dropped quietly: it looks sent, so a bot learns nothing, but nothing leaves the page.
    if (trap?.value || Date.now() - this.started < this.minFillTime) return this.finish(undefined);
    const payload = this.payload(fields);
    if (!this.online || navigator.onLine === false) return this.failed(new SendError('offline', 'The browser is offline.'), payload);
    if (!this.dispatchEvent(new PressSubmitEvent(payload))) return;
    this.phase = 'sending';
    this.progress = this.localize.t.sending;
    this.failure = undefined;
    try {
      const endpoint = this.config.endpoint;
      if (!endpoint) throw new SendError('config', 'The form has no endpoint.');
      let headers: Record<string, string> | undefined;
      if (this.tokenProvider) {
        try {
          headers = { 'X-Captcha-Token': await this.tokenProvider() };
        } catch (cause) {
          throw new SendError('token', 'The token provider failed.', { cause });
        }
      }
      const result = await sendMessage({
        endpoint,
        payload,
        encoding: this.encoding === 'form' ? 'form' : 'json',
        idempotencyKey: this.key,
        timeout: this.timeout > 0 ? this.timeout : 15_000,
        retry: this.retryPolicy,
        headers,
        onRetry: (attempt, attempts) => {
          this.progress = this.localize.t.retrying(attempt, attempts);
          this.phase = 'retrying';
        },
      });
      this.finish(result.reference);
      this.dispatchEvent(new PressSubmitSuccessEvent({ reference: result.reference, payload }));
    } catch (error) {
      this.failed(error instanceof SendError ? error : new SendError('network', String(error), { cause: error }), payload);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src')) this.feeds.setSources(this.src);
    if (changed.has('feed')) this.feeds.setFeed(this.feed);
    // The draft belongs to an endpoint: restore it once the endpoint is known (the feed may bring it).
    if (this.configReady) {
      const id = draftId(this.config.endpoint ?? '');
      if (id !== this.draftFor) {
        this.draftFor = id;
        const saved = this.edited ? undefined : loadDraft(this.draftMode, id);
        if (saved) {
          this.values = saved.values;
          this.key = saved.key;
          this.started = saved.started;
        }
      }
    }
  }

  private get draftMode(): DraftMode {
    return this.draft === 'local' || this.draft === 'off' ? this.draft : 'session';
  }

  /** False while the feed that configures the form is still loading. */
  private get configReady() {
    return !!this.endpoint || this.feeds.status !== 'loading';
  }

  private get config() {
    const contact = this.feeds.feed?.contact;
    return {
      intro: contact?.intro,
      endpoint: this.endpoint ? absoluteUrl(this.endpoint) : contact?.endpoint,
      topics: this.topics?.length ? this.topics : (contact?.topics ?? []),
      privacyUrl: this.privacyUrl ? absoluteUrl(this.privacyUrl) : contact?.privacyUrl,
      consent: this.consent ?? contact?.consent,
      fields: this.fields ?? contact?.fields ?? [],
    };
  }

  private get formFields(): FormField[] {
    const { topics, fields, consent } = this.config;
    return contactFields(this.localize.t, { topics, fields, consent, maxLength: this.maxLength > 0 ? this.maxLength : 2000 });
  }

  /** A field's error as the citizen should see it: the server's, or ours after touch + change or a submit. */
  private errorOf(field: FormField): string | undefined {
    if (this.serverErrors[field.name]) return this.serverErrors[field.name];
    if (!this.submitted && !this.touched.has(field.name)) return undefined;
    return validateField(this.localize.t, field, this.values[field.name]);
  }

  private summaryEntries(fields: FormField[]): SummaryEntry[] {
    const names = new Set(fields.map((field) => field.name));
    return [
      ...fields.flatMap((field) => {
        const message = this.errorOf(field);
        return message ? [{ name: field.name, message }] : [];
      }),
      ...Object.entries(this.serverErrors)
        .filter(([name]) => !names.has(name))
        .map(([, message]) => ({ message })),
    ];
  }

  private payload(fields: FormField[]): ContactPayload {
    const payload: ContactPayload = {};
    for (const field of fields) {
      const value = this.values[field.name];
      const text = typeof value === 'string' ? value.trim() : value;
      if (text) payload[field.name] = text;
    }
    return payload;
  }

  private saveDraft() {
    saveDraft(this.draftMode, this.draftFor ?? draftId(this.config.endpoint ?? ''), { values: this.values, key: this.key, started: this.started });
  }

  private finish(reference: string | undefined) {
    this.reset();
    this.reference = reference;
    this.phase = 'sent';
    this.focusOn('.confirmation');
  }

  private failed(error: SendError, payload: ContactPayload) {
    // A refusal means nothing was filed: the corrected message is a new request with a new key.
    if (error.code === 'rejected') {
      this.key = newIdempotencyKey();
      this.saveDraft();
    }
    this.progress = '';
    if (error.code === 'offline') {
      this.online = false;
      this.offlineBlocked = true;
      this.phase = 'editing';
      this.focusOn('.notice');
    } else if (Object.keys(error.fieldErrors).length) {
      this.serverErrors = error.fieldErrors;
      this.showSummary = true;
      this.phase = 'editing';
      this.focusOn('.summary');
    } else {
      this.failure = error;
      this.phase = 'failed';
      this.focusOn('.failure');
    }
    this.dispatchEvent(new PressSubmitErrorEvent({ error, payload }));
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onOnline = () => {
    this.online = true;
    if (!this.offlineBlocked) return;
    this.offlineBlocked = false;
    if (this.sendWhenOnline) {
      this.sendWhenOnline = false;
      this.submit();
    }
  };

  private onOffline = () => {
    this.online = false;
  };

  private onInput(event: Event) {
    const control = event.target as HTMLInputElement;
    if (!control.name || control.name === 'homepage') return;
    this.values = { ...this.values, [control.name]: control.type === 'checkbox' ? control.checked : control.value };
    if (control.name in this.serverErrors) {
      const { [control.name]: _fixed, ...others } = this.serverErrors;
      this.serverErrors = others;
    }
    this.edited = true;
    this.saveDraft();
    clearTimeout(this.countTimer);
    if (control.name === 'message') {
      this.countTimer = setTimeout(() => (this.spokenCount = this.renderRoot.querySelector('[part="count"]')?.textContent?.trim() ?? ''), 1000);
    }
  }

  // Lion's rule: a field shows its error once it has been changed and left (`change`), or after a submit.
  private onChange(event: Event) {
    const name = (event.target as HTMLInputElement).name;
    // A focused field removed with the form (the message was sent) fires `change` too: ignore it.
    if (name && !this.touched.has(name) && this.phase !== 'sent') {
      this.touched.add(name);
      this.requestUpdate();
    }
  }

  private follow(event: Event, name: string) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`)?.focus();
  }

  override render() {
    const t = this.localize.t;
    if (!this.configReady) return html`<p role="status">${t.loading}</p>`;
    if (!this.endpoint && this.feeds.status === 'error') {
      return html`<div class="panel" part="failure" role="alert">
        <p>${t.formUnavailable}</p>
        <button class="button" type="button" part="button" @click=${() => this.feeds.retry()}>${t.retry}</button>
      </div>`;
    }
    const { intro } = this.config;
    return html`<div class="root" lang=${t.$code} dir=${t.$dir}>
      ${intro ? html`<p class="intro" part="intro">${intro}</p>` : nothing}
      ${this.phase === 'sent'
        ? html`<section class="panel confirmation" part="confirmation" tabindex="-1" aria-labelledby="sent">
            <h2 id="sent">${t.sentHeading}</h2>
            ${this.reference ? html`<p>${t.referenceNumber(this.reference)}</p>` : nothing}
            <button class="button" type="button" @click=${this.another}>${t.sendAnother}</button>
          </section>`
        : this.renderForm()}
    </div>`;
  }

  private another() {
    this.reset();
    this.focusOn('input');
  }

  private renderForm() {
    const t = this.localize.t;
    const { topics, privacyUrl, consent } = this.config;
    const fields = this.formFields;
    const busy = this.phase === 'sending' || this.phase === 'retrying';
    const summary = this.showSummary ? this.summaryEntries(fields) : [];
    const privacy = privacyUrl
      ? html`<p class="hint" id="privacy"><a href=${privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a></p>`
      : undefined;
    const failure = this.phase === 'failed' ? this.failure : undefined;
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onChange}>
      ${summary.length ? renderSummary(t, summary, (event, name) => this.follow(event, name)) : nothing}
      <div aria-live="polite">
        ${this.offlineBlocked
          ? html`<div class="panel notice" part="notice" tabindex="-1">
              <p>${t.offlineNotSent}</p>
              <div class="check">
                <input type="checkbox" id="when-online" .checked=${this.sendWhenOnline}
                  @change=${(event: Event) => (this.sendWhenOnline = (event.target as HTMLInputElement).checked)} />
                <label for="when-online">${t.sendWhenOnline}</label>
              </div>
            </div>`
          : this.online
            ? nothing
            : html`<p class="panel notice" part="notice">${t.offlineNotice}</p>`}
      </div>
      ${fields.map((field) => {
        const value = this.values[field.name];
        const view = { t, value, error: this.errorOf(field) };
        if (field.name === 'topic') {
          const institution = topics.find((topic) => topic.id === value)?.institution;
          return renderField(field, {
            ...view,
            afterId: 'recipient',
            after: html`<p class="hint" id="recipient" aria-live="polite">${institution ? t.recipient(institution) : ''}</p>`,
          });
        }
        return renderField(field, field.name === 'consent' && privacy ? { ...view, after: privacy } : view);
      })}
      <div class="visually-hidden" aria-hidden="true">
        <label for="homepage">${t.honeypotLabel}</label>
        <input id="homepage" name="homepage" tabindex="-1" autocomplete="off" />
      </div>
      ${consent ? nothing : (privacy ?? nothing)}
      ${failure
        ? html`<div class="panel failure" part="failure" tabindex="-1">
            <div role="alert">
              <h2>${t.sendFailed}</h2>
              <p>${t.sendError[failure.code as keyof typeof t.sendError] ?? t.sendError.network} ${failure.serverMessage ?? ''}</p>
              ${failure.code === 'config' ? nothing : html`<p>${t.messageKept}</p>`}
            </div>
            ${failure.code === 'config' ? nothing : html`<button class="button" type="button" @click=${() => this.submit()}>${t.retry}</button>`}
          </div>`
        : nothing}
      <button class="button button--primary" part="button" type="submit" aria-disabled=${busy ? 'true' : nothing}>
        ${busy ? t.sending : t.send}
      </button>
      <p class="status" part="status" role="status">${busy ? this.progress : ''}</p>
      <p class="visually-hidden" aria-live="polite">${this.spokenCount}</p>
    </form>`;
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    this.submit();
  }
}
