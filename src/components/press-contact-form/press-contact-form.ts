import { html, isServer, nothing } from 'lit';
import { PressElement } from '../press-element.js';
import { LocalizeController } from '../../controllers/localize.js';
import { contactFormTexts } from '../../i18n/contact-form.js';
import type { FeedController, FeedStatus } from '../../controllers/feed.js';
import type { ContactTopic, Feed } from '../../data/types.js';
import { absoluteUrl } from '../../data/urls.js';
import { contactFields, type ExtraField } from '../../form/contact-fields.js';
import { clearDraft, draftId, loadDraft, saveDraft } from '../../form/draft-store.js';
import type { DraftMode } from '../../form/draft-store.js';
import { newIdempotencyKey, SendError, sendMessage } from '../../form/send-message.js';
import type { ContactPayload, RetryPolicy } from '../../form/send-message.js';
import { validateField, type FieldValue, type FormField } from '../../form/validators.js';
import { PressSubmitEvent } from '../../events/press-submit.js';
import { PressSubmitErrorEvent } from '../../events/press-submit-error.js';
import { PressSubmitSuccessEvent } from '../../events/press-submit-success.js';
import { formStyles } from '../../styles/form.styles.js';
import { contactFormStyles } from './press-contact-form.styles.js';
import { fieldId, renderField } from './press-contact-form.fields.js';
import { LazyCode } from '../lazy-code.js';

// A form configured by its attributes needs no feed; one with `src` or `.feed` needs the data layer,
// which comes on first use (the loader asks for it as soon as it sees such a form, beside the feed request).
const feedCode = new LazyCode(() => import('../../controllers/feed.js'));

/**
 * `topics="question: Question | Ministry of the Interior; problem: Report a problem"`: topics
 * separated by `;`, each `id: label | institution` (the id and the institution may be left out).
 */
export function parseTopics(value: string | null): ContactTopic[] {
  return (value ?? '').split(';').flatMap((entry) => {
    const [head, institution] = entry.split('|').map((part) => part.trim());
    const colon = head.indexOf(':');
    const label = head.slice(colon + 1).trim();
    return label
      ? [{ id: colon < 0 ? label : head.slice(0, colon).trim(), label, institution: institution || undefined }]
      : [];
  });
}

/**
 * A contact form that never loses or duplicates a citizen's message: validated fields with an error
 * summary, a draft kept until the server has the message, an idempotency key on every attempt,
 * retries with backoff, and an offline mode that can send when the connection returns.
 *
 * @tag press-contact-form
 * @summary A contact form for citizens, configured from a press feed's `_press.contact` or attributes.
 *
 * @event {PressSubmitEvent} press-submit - A valid message is about to be sent; `detail` is the payload. Cancelable: cancel it to send the message yourself.
 * @event {PressSubmitSuccessEvent} press-submit-success - The server has the message; `detail` is `{ reference, payload }`.
 * @event {PressSubmitErrorEvent} press-submit-error - The message was not delivered, refused, or the browser is offline; `detail` is `{ error, payload }`.
 * @event {PressLoadEvent} press-load - The feed (with the form's configuration) has loaded.
 * @event {PressErrorEvent} press-error - The feed could not be loaded.
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
  static override styles = [...PressElement.styles, formStyles, contactFormStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    endpoint: {},
    htmlFormPosts: { type: Boolean, attribute: 'html-form-posts' },
    encoding: {},
    topics: { converter: { fromAttribute: parseTopics } },
    privacyUrl: { attribute: 'privacy-url' },
    consent: {},
    maxLength: { type: Number, attribute: 'max-length' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    draft: {},
    fields: { attribute: false },
    tokenProvider: { attribute: false },
    minFillTime: { attribute: false },
    retryPolicy: { attribute: false },
  };

  /** Space-separated feed URLs; the form reads its configuration from the first feed's `_press.contact`. */
  declare src: string | undefined;
  /** A feed object the page already has: its `contact` configures the form and nothing is fetched. */
  declare feed: Feed | undefined;
  /** Where messages are POSTed (http or https). Overrides the feed's. */
  declare endpoint: string | undefined;
  /**
   * The endpoint also takes the form as a browser posts it without JavaScript, so the form works without
   * it (docs/publishing.md); the feed's `_press.contact.html_form_posts` says the same.
   */
  declare htmlFormPosts: boolean;
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
  /** The level of the form's own headings (problems, failure, confirmation), 1–6 (default 2), to fit the page's outline. */
  declare headingLevel: number;
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

  protected readonly localize = new LocalizeController(this, contactFormTexts);
  /** Made once the form has `src` or `.feed` and the feed code is here. */
  #feeds?: FeedController;
  // Non-reactive state, as private fields whose names terser shortens (a reactive property's stays in
  // the bundle): each change comes with a `requestUpdate()`, or follows one with nothing awaited between.
  #values!: Record<string, FieldValue>;
  /** What the server said about each field after the last attempt. */
  #serverErrors!: Record<string, string>;
  /** `sent` shows the confirmation; `sending` covers the retries too. */
  #phase!: 'editing' | 'sending' | 'sent';
  // Until the browser says otherwise (a server cannot know).
  #online = true;
  /** A submit found the browser offline: the notice offers to send when the connection returns. */
  #offlineBlocked?: boolean;
  #sendWhenOnline?: boolean;
  /** Every field shows its error, touched or not. */
  #submitted?: boolean;
  #showSummary?: boolean;
  /** Why the last sending failed, shown with "Try again" (not for offline or field errors). */
  #failure?: SendError;
  #reference?: string;
  #touched!: Set<string>;
  #key!: string;
  #started!: number;
  /** Typing began before the draft could be restored: the draft does not overwrite it. */
  #edited?: boolean;
  /** The id of the draft store entry, once the endpoint is known. */
  #draftFor = '';
  #countTimer?: ReturnType<typeof setTimeout>;
  /** What the status line says while sending: sending, or which retry. */
  #progress?: string;
  /** The character count as announced to screen readers, once typing pauses (the GOV.UK pattern). */
  #spokenCount?: string;

  constructor() {
    super();
    this.encoding = 'json';
    this.htmlFormPosts = false;
    this.maxLength = 2000;
    this.headingLevel = 2;
    this.timeout = 15_000;
    this.draft = 'session';
    this.minFillTime = 3000;
    this.#clear();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#onLine();
    addEventListener('online', this.#onLine);
    addEventListener('offline', this.#onLine);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('online', this.#onLine);
    removeEventListener('offline', this.#onLine);
    clearTimeout(this.#countTimer);
  }

  /** Empties the form and forgets the draft, e.g. after a site sent the message itself (`press-submit` canceled). */
  reset() {
    clearDraft(this.draft, this.#draftFor);
    this.#clear();
  }

  /** Validates and sends the message, as the send button does. */
  async submit(): Promise<void> {
    if (this.#phase === 'sending') return;
    // Our own checks decide; what the server said about the last attempt is for it to say again.
    this.#serverErrors = {};
    this.#submitted = true;
    this.#failure = undefined;
    this.requestUpdate();
    const fields = this.#fields;
    if ((this.#showSummary = this.#summary(fields).length > 0)) return this.#focus('.summary');
    const trap = this.renderRoot.querySelector<HTMLInputElement>('[name="homepage"]');
    // Spam is dropped quietly: it looks sent, so a bot learns nothing, but nothing leaves the page.
    if (trap?.value || Date.now() - this.#started < this.minFillTime) return this.#finish();
    const payload = this.#payload(fields);
    if (!navigator.onLine) return this.#failed(new SendError('offline', 'Offline.'), payload);
    // Built first: the manifest analyzer takes a dispatched constructor's first argument for the event's name.
    const submitting = new PressSubmitEvent(payload);
    if (!this.dispatchEvent(submitting)) return;
    const t = this.localize.t;
    // Shown by the update asked for above: nothing has been awaited since.
    this.#phase = 'sending';
    this.#progress = t.sending;
    try {
      const { endpoint } = this.#config;
      if (!endpoint) throw new SendError('config', 'No endpoint.');
      let token: string | undefined;
      try {
        token = await this.tokenProvider?.();
      } catch (cause) {
        throw new SendError('token', 'Token provider failed.', { cause });
      }
      const { reference } = await sendMessage({
        endpoint,
        payload,
        encoding: this.encoding,
        idempotencyKey: this.#key,
        timeout: this.timeout,
        retry: this.retryPolicy,
        headers: token ? { 'X-Captcha-Token': token } : undefined,
        onRetry: (attempt, attempts) => {
          this.#progress = t.retrying(attempt, attempts);
          this.requestUpdate();
        },
      });
      this.#finish(reference);
      this.dispatchEvent(new PressSubmitSuccessEvent({ reference, payload }));
    } catch (error) {
      this.#failed(
        error instanceof SendError ? error : new SendError('network', String(error), { cause: error }),
        payload,
      );
    }
  }

  /** What is sent: every field's trimmed value, empty ones left out. */
  #payload(fields: FormField[]): ContactPayload {
    const payload: ContactPayload = {};
    for (const { name } of fields) {
      const value = this.#values[name];
      const trimmed = typeof value === 'string' ? value.trim() : value;
      if (trimmed) payload[name] = trimmed;
    }
    return payload;
  }

  protected override willUpdate() {
    if (!this.#feeds && (this.src || this.feed)) {
      if (feedCode.value) this.#feeds = new feedCode.value.FeedController(this);
      else if (!feedCode.failed) void feedCode.fetch().then(() => this.requestUpdate());
    }
    this.#feeds?.setSources(this.src);
    this.#feeds?.setFeed(this.feed);
    // The draft belongs to an endpoint: restore it once the endpoint is known (the feed may bring it).
    const id = this.#ready && draftId(this.#config.endpoint ?? '');
    if (id && id !== this.#draftFor) {
      this.#draftFor = id;
      const saved = this.#edited ? undefined : loadDraft(this.draft, id);
      if (saved) ({ values: this.#values, key: this.#key, started: this.#started } = saved);
    }
  }

  /** The state of a new, empty message. */
  #clear() {
    this.#values = {};
    this.#serverErrors = {};
    this.#touched = new Set();
    this.#submitted = this.#showSummary = this.#offlineBlocked = this.#sendWhenOnline = this.#edited = false;
    this.#key = newIdempotencyKey();
    this.#started = Date.now();
    this.#failure = this.#reference = undefined;
    this.#phase = 'editing';
    this.requestUpdate();
  }

  // Without `endpoint`, `src` or `.feed` here (an app rendered `.feed` on its server and has not set it in
  // the browser yet), a server's render stays: it has the endpoint and fields this one would lack.
  protected override get canReplaceServerRender(): boolean {
    const status = this.#feedStatus;
    return !!this.endpoint || (status !== 'loading' && status !== 'idle');
  }

  /** False while the feed that configures the form is still loading. */
  get #ready() {
    return !!this.endpoint || this.#feedStatus !== 'loading';
  }

  /** Loading also while the feed code is on its way; an error also when it could not be loaded. */
  get #feedStatus(): FeedStatus {
    return this.#feeds?.status ?? (!this.src && !this.feed ? 'idle' : feedCode.failed ? 'error' : 'loading');
  }

  /** The feed's `contact` (its intro, email and phone as they are), with what the element's attributes override. */
  get #config() {
    const contact = this.#feeds?.feed?.contact;
    return {
      ...contact,
      endpoint: this.endpoint ? absoluteUrl(this.endpoint) : contact?.endpoint,
      topics: this.topics?.length ? this.topics : (contact?.topics ?? []),
      privacyUrl: this.privacyUrl ? absoluteUrl(this.privacyUrl) : contact?.privacyUrl,
      consent: this.consent ?? contact?.consent,
      fields: this.fields ?? contact?.fields ?? [],
      htmlFormPosts: this.htmlFormPosts || !!contact?.htmlFormPosts,
    };
  }

  /** The fields, with their checks. */
  get #fields(): FormField[] {
    return contactFields(this.localize.t, {
      ...this.#config,
      maxLength: this.maxLength > 0 ? this.maxLength : 2000,
    });
  }

  /** A field's error as the citizen should see it: the server's, or ours after touch + change or a submit. */
  #error(field: FormField): string | undefined {
    return (
      this.#serverErrors[field.name] ||
      (this.#submitted || this.#touched.has(field.name)
        ? validateField(this.localize.t, field, this.#values[field.name])
        : undefined)
    );
  }

  /** Each problem as [field name, message]; no name for a server message about a field the form does not have. */
  #summary(fields: FormField[]): [string | undefined, string][] {
    return [
      ...fields.flatMap((field): [string, string][] => {
        const message = this.#error(field);
        return message ? [[field.name, message]] : [];
      }),
      ...Object.entries(this.#serverErrors).flatMap(([name, message]): [undefined, string][] =>
        fields.some((field) => field.name === name) ? [] : [[undefined, message]],
      ),
    ];
  }

  #save() {
    saveDraft(this.draft, this.#draftFor, { values: this.#values, key: this.#key, started: this.#started });
  }

  #finish(reference?: string) {
    this.reset();
    this.#reference = reference;
    this.#phase = 'sent';
    this.#focus('.confirmation');
  }

  #failed(error: SendError, payload: ContactPayload) {
    const { code, fieldErrors } = error;
    // A refusal means nothing was filed: the corrected message is a new request with a new key.
    if (code === 'rejected') {
      this.#key = newIdempotencyKey();
      this.#save();
    }
    this.#phase = 'editing';
    if (code === 'offline') {
      this.#online = false;
      this.#offlineBlocked = true;
    } else if (Object.keys(fieldErrors).length) {
      this.#serverErrors = { ...fieldErrors };
      this.#showSummary = true;
    } else this.#failure = error;
    this.requestUpdate();
    this.#focus(code === 'offline' ? '.notice' : this.#failure ? '.failure' : '.summary');
    this.dispatchEvent(new PressSubmitErrorEvent({ error, payload }));
  }

  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Follows the connection; when it returns after an offline submit, sends if the citizen chose that. */
  #onLine = () => {
    // A browser may repeat an `online` event: only a change of connection changes what the form shows.
    if (this.#online !== navigator.onLine) this.requestUpdate();
    this.#online = navigator.onLine;
    if (this.#online && this.#offlineBlocked) {
      this.#offlineBlocked = false;
      if (this.#sendWhenOnline) {
        this.#sendWhenOnline = false;
        this.submit();
      }
    }
  };

  #retryFeed() {
    if (this.#feeds) this.#feeds.retry();
    else {
      feedCode.retry();
      this.requestUpdate();
    }
  }

  #onInput(event: Event) {
    const { name, type, checked, value } = event.target as HTMLInputElement;
    if (!name || name === 'homepage') return;
    this.#values = { ...this.#values, [name]: type === 'checkbox' ? checked : value };
    delete this.#serverErrors[name];
    this.requestUpdate();
    this.#edited = true;
    this.#save();
    clearTimeout(this.#countTimer);
    if (name === 'message') {
      this.#countTimer = setTimeout(() => {
        this.#spokenCount = this.renderRoot.querySelector('.count')?.textContent?.trim();
        this.requestUpdate();
      }, 1000);
    }
  }

  // Lion's rule: a field shows its error once it has been changed and left (`change`), or after a submit.
  // A focused field removed with the form (the message was sent) fires `change` too: it is ignored.
  #onChange(event: Event) {
    const { name } = event.target as HTMLInputElement;
    if (name && this.#phase !== 'sent') {
      this.#touched.add(name);
      this.requestUpdate();
    }
  }

  /**
   * The error summary: a heading and a link to each problem (no link for a server message about a
   * field the form does not have); the form focuses it on a failed submit.
   */
  #summaryPanel(fields: FormField[]) {
    return html`<div class="panel summary" part="error-summary" tabindex="-1">
      <div role="alert">
        ${this.#heading(this.localize.t.errorSummary)}
        <ul>
          ${this.#summary(fields).map(([name, message]) => html`<li>${name ? html`<a href="#${fieldId(name)}" @click=${this.#follow}>${message}</a>` : message}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  /** Follows a link of the error summary to its field: fragments do not reach into a shadow root. */
  #follow(event: Event) {
    event.preventDefault();
    // The hash is `#field-…`, made of word characters and dashes (`fieldId`): a selector as it is.
    this.renderRoot.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).hash)?.focus();
  }

  /** An ARIA heading at `heading-level`: Lit cannot bind a tag name, and one template costs less than six. */
  #heading(text: string) {
    const level = this.headingLevel | 0;
    return html`<div class="heading" role="heading" aria-level=${level > 0 && level < 7 ? level : 2}>${text}</div>`;
  }

  /** What the citizen sees once the server has the message; "Send another" empties the form. */
  #confirmation() {
    const t = this.localize.t;
    const sendAnother = () => {
      this.reset();
      this.#focus('input');
    };
    return html`<section class="panel confirmation" part="confirmation" tabindex="-1" aria-label=${t.sentHeading}>
      ${this.#heading(t.sentHeading)}
      ${this.#reference && html`<p>${t.referenceNumber(this.#reference)}</p>`}
      <button class="button" type="button" @click=${sendAnother}>${t.sendAnother}</button>
    </section>`;
  }

  /**
   * Where the form cannot send without JavaScript: that it cannot, and the office's address and phone.
   * The space between the two sentences is in a plain string: the bundle's minifier trims a template's.
   */
  #otherWays(email: string | undefined, phone: string | undefined) {
    const t = this.localize.t;
    const ways = [
      email && html`<li>${t.emailLabel}: <a href="mailto:${email}">${email}</a></li>`,
      phone && html`<li>${t.phoneLabel}: <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a></li>`,
    ].filter(Boolean);
    return html`<div class="panel notice no-script" part="notice">
      <p>${t.needsScript}${ways.length ? ` ${t.otherWays}` : ''}</p>
      ${ways.length ? html`<ul>${ways}</ul>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.localize.t;
    if (!this.#ready) return html`<p role="status">${t.loading}</p>`;
    if (!this.endpoint && this.#feedStatus === 'error') {
      return html`<div class="panel" part="failure" role="alert">
        <p>${t.formUnavailable}</p>
        <button class="button" type="button" part="button" @click=${this.#retryFeed}>${t.retry}</button>
      </div>`;
    }
    const { intro, topics, privacyUrl, consent, endpoint, htmlFormPosts, email, phone } = this.#config;
    // Without JavaScript the form posts itself where the endpoint takes that; elsewhere it cannot send,
    // and \`dialog\` keeps a submission from going anywhere, the message least of all into a URL.
    const posts = htmlFormPosts && !!endpoint;
    const fields = this.#fields;
    const busy = this.#phase === 'sending';
    const failure = this.#failure;
    const privacy =
      privacyUrl &&
      html`<p class="hint" id="privacy"><a href=${privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a></p>`;
    return html`<div class="root" lang=${t.$code} dir=${t.$dir}>
      ${intro && html`<p class="intro" part="intro">${intro}</p>`}
      ${
        this.#phase === 'sent'
          ? this.#confirmation()
          : html`<form part="form" ?novalidate=${!isServer} method=${posts ? 'post' : 'dialog'} action=${(posts && endpoint) || nothing} @submit=${(
              event: Event,
            ) => {
              event.preventDefault();
              this.submit();
            }} @input=${this.#onInput} @change=${this.#onChange}>
            ${this.#showSummary ? this.#summaryPanel(fields) : ''}
            <div aria-live="polite">
              ${
                this.#offlineBlocked
                  ? html`<div class="panel notice" part="notice" tabindex="-1">
                    <p>${t.offlineNotSent}</p>
                    <div class="check">
                      <input type="checkbox" id="when-online" @change=${(event: Event) => (this.#sendWhenOnline = (event.target as HTMLInputElement).checked)} />
                      <label for="when-online">${t.sendWhenOnline}</label>
                    </div>
                  </div>`
                  : this.#online
                    ? ''
                    : html`<p class="panel notice" part="notice">${t.offlineNotice}</p>`
              }
            </div>
            ${fields.map((field) => {
              const value = this.#values[field.name];
              const error = this.#error(field);
              if (field.name === 'topic') {
                const institution = topics.find((topic) => topic.id === value)?.institution;
                return renderField(
                  t,
                  field,
                  value,
                  error,
                  html`<p class="hint" id="recipient" aria-live="polite">${institution && t.recipient(institution)}</p>`,
                  'recipient',
                );
              }
              return renderField(t, field, value, error, field.name === 'consent' ? privacy : undefined);
            })}
            <div class="visually-hidden" aria-hidden="true">
              <label for="homepage">${t.honeypotLabel}</label>
              <input id="homepage" name="homepage" tabindex="-1" autocomplete="off" />
            </div>
            ${posts ? html`<input type="hidden" name="idempotency_key" .value=${this.#key} />` : nothing}
            ${consent ? '' : privacy}
            ${
              failure &&
              html`<div class="panel failure" part="failure" tabindex="-1" role="alert">
              ${this.#heading(t.sendFailed)}
              <p>${t.sendError[failure.code as keyof typeof t.sendError] ?? t.sendError.network} ${failure.serverMessage}</p>
              ${failure.code === 'config' ? '' : html`<p>${t.messageKept}</p>`}
            </div>`
            }
            <button class="button button--primary ${posts ? '' : 'needs-script'}" part="button" type="submit" aria-disabled=${busy || nothing}>${busy ? t.sending : failure?.retryable ? t.retry : t.send}</button>
            ${posts ? nothing : this.#otherWays(email, phone)}
            <p class="status" part="status" role="status">${busy ? this.#progress : ''}</p>
            <p class="visually-hidden" aria-live="polite">${this.#spokenCount}</p>
          </form>`
      }
    </div>`;
  }
}
