// The contact endpoint as a request handler, for node:http, Express or Fastify: takes a message as the
// form sends it (JSON, or a plain HTML post without JavaScript), checks it by the form's own rules, files
// it once per idempotency key and answers 201 only once it is committed; forwards it through the outbox.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FormField } from '../form/validators.js';
import { siteVerify, type CaptchaCheck } from './captcha.js';
import { readConfig, readConfigFile, type ContactServerConfig, type Settings } from './config.js';
import { corsHeaders, originAllowed, preflightHeaders } from './cors.js';
import { checkRoutes, formFields, loadFeedForm } from './feed-form.js';
import { requestLanguage, textsFor, type Texts } from './language.js';
import { jsonLines, type Logger } from './log.js';
import { smtpMailer } from './mailer.js';
import { fingerprint, honeypotField, isReference, keyField, newReference, readFields, readKey } from './message.js';
import { openStore } from './open-store.js';
import { Outbox, type RetryDelays } from './outbox.js';
import { correctionsPage, notSentPage, pageSecurityPolicy, receivedPage } from './pages.js';
import { RateLimiter } from './rate-limit.js';
import { BodyError, bodyType, clientAddress, parseBody, readBody } from './request.js';

export interface HandlerOptions {
  /** Checks the form's `X-Captcha-Token`; replaces the configuration's `captcha`. */
  verifyCaptcha?: CaptchaCheck;
  /** Where the structured log lines go; JSON lines on standard output by default. */
  log?: Logger;
  /** The outbox's waits between attempts at a mail: 5 s at first, doubling to 5 min at most, by default. */
  retryDelays?: RetryDelays;
}

export interface ContactHandler {
  /**
   * Answers the endpoint and `/healthz`. Anything else goes to `next` when given (Express), else gets a
   * 404 (node:http).
   */
  (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void): Promise<void>;
  /** The endpoint's path, from the feed's `_press.contact.endpoint`. */
  readonly path: string;
  /** Whether this handler answers the request (for Fastify's `onRequest` hook, which has no `next`). */
  handles(request: IncomingMessage): boolean;
  /**
   * Stops forwarding, once the mails being sent are recorded, and closes the store. Close the HTTP
   * server first, so that the requests in flight finish.
   */
  close(): Promise<void>;
}

/** A refusal, with what the developer reads (`title`) and, where the citizen should read something, `message`. */
interface Refusal {
  status: number;
  title: string;
  message?: string;
  errors?: Record<string, string>;
  headers?: Record<string, string>;
  /** What the citizen reads on the page a plain HTML post gets. */
  reason: string;
}

const hour = 3_600_000;
const healthPath = '/healthz';

const pathOf = (request: IncomingMessage) => new URL(request.url ?? '/', 'http://localhost').pathname;

/** Reads the configuration (a file's path, or the object it holds), opens the store and starts forwarding. */
export async function createContactHandler(
  config: string | ContactServerConfig,
  options: HandlerOptions = {},
): Promise<ContactHandler> {
  return handlerFor(typeof config === 'string' ? await readConfigFile(config) : readConfig(config), options);
}

/** The handler for checked settings (see `createContactHandler`). */
export async function handlerFor(settings: Settings, options: HandlerOptions = {}): Promise<ContactHandler> {
  const log = options.log ?? jsonLines;
  const form = await loadFeedForm(settings.feed);
  checkRoutes(form, settings.routes);
  for (const warning of form.warnings) log({ level: 'warn', event: 'feed_warning', warning });
  const defaultLang = settings.lang ?? form.language ?? 'en';
  const mailTexts = await textsFor(defaultLang);
  const store = await openStore(settings.store);
  const mailer = smtpMailer(settings.smtp);
  const letterhead = {
    t: mailTexts,
    fields: formFields(mailTexts, form, settings.maxLength),
    routes: settings.routes,
    from: settings.from,
  };
  const outbox = new Outbox(store, mailer, letterhead, log, options.retryDelays);
  const limiter = new RateLimiter(settings.rateLimit);
  const verifyCaptcha =
    options.verifyCaptcha ?? (settings.captcha && siteVerify(settings.captcha.verifyUrl, settings.captcha.secret));
  const fieldsByLang = new Map<string, FormField[]>();
  const fieldsIn = (lang: string, t: Texts) => {
    if (!fieldsByLang.has(lang)) fieldsByLang.set(lang, formFields(t, form, settings.maxLength));
    return fieldsByLang.get(lang)!;
  };
  let closing = false;

  const purge = async () => {
    try {
      const purged = await store.purge(new Date(Date.now() - settings.retainDays * 24 * hour));
      if (purged) log({ level: 'info', event: 'purged', messages: purged, retain_days: settings.retainDays });
    } catch (error) {
      log({ level: 'error', event: 'purge_failed', error: (error as Error).message });
    }
  };
  void purge();
  const purger = setInterval(purge, hour);
  purger.unref();
  outbox.start();

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  }

  function sendPage(response: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) {
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': pageSecurityPolicy,
      ...headers,
    });
    response.end(html);
  }

  async function health(response: ServerResponse) {
    try {
      if (closing) throw new Error('closing');
      const { pending, oldest } = await store.outboxStatus();
      send(response, 200, {
        status: 'ok',
        store: store.kind,
        outbox: { pending, oldest_waiting_s: oldest ? Math.round((Date.now() - oldest.getTime()) / 1000) : 0 },
      });
    } catch {
      send(response, 503, { status: 'unavailable', store: store.kind });
    }
  }

  /** What happened to one request, for its log line: never a field's value. */
  interface Outcome {
    outcome: string;
    reference?: string;
    topic?: string;
  }

  async function receive(request: IncomingMessage, response: ServerResponse): Promise<Outcome> {
    const origin = request.headers.origin;
    const allowed = originAllowed(origin, settings.allowOrigins);
    const cors = allowed ? corsHeaders(origin) : {};
    const lang = requestLanguage(request.headers['accept-language'], defaultLang);
    const t = await textsFor(lang);
    const method = request.method ?? 'GET';

    if (method === 'OPTIONS') {
      if (!origin || !allowed) send(response, 403, undefined);
      else send(response, 204, undefined, preflightHeaders(origin));
      return { outcome: allowed ? 'preflight' : 'origin_refused' };
    }
    if (method === 'GET' || method === 'HEAD') {
      const reference = new URL(request.url ?? '/', 'http://localhost').searchParams.get('reference');
      if (isReference(reference)) {
        sendPage(response, 200, receivedPage(t, lang, reference), cors);
        return { outcome: 'received_page' };
      }
    }
    if (method !== 'POST') {
      send(response, 405, { title: 'Send messages with POST.' }, { ...cors, allow: 'POST, OPTIONS' });
      return { outcome: 'method_refused' };
    }

    // A browser posting the form itself sends no key header; a script sends one (JSON or urlencoded).
    let html = false;
    // The page that posted the form, for a plain HTML post's way back: only one of the allowed sites'.
    const referer = request.headers.referer;
    const back =
      referer && allowed && settings.allowOrigins.some((site) => referer.startsWith(`${site}/`)) ? referer : undefined;
    const refuse = (refusal: Refusal, outcome: string): Outcome => {
      const headers = { ...cors, ...refusal.headers };
      if (!html) {
        const { title, message, errors } = refusal;
        send(response, refusal.status, { title, message, errors }, headers);
      } else if (refusal.errors)
        sendPage(response, refusal.status, correctionsPage(t, lang, refusal.errors, back), headers);
      else sendPage(response, refusal.status, notSentPage(t, lang, refusal.reason, back), headers);
      return { outcome };
    };
    const accepted = (reference: string, status: number, outcome: Outcome): Outcome => {
      if (html) {
        response.writeHead(303, { ...cors, location: `?reference=${reference}`, 'cache-control': 'no-store' });
        response.end();
      } else send(response, status, { reference }, cors);
      return outcome;
    };

    try {
      const type = bodyType(request);
      html = type === 'form' && !request.headers['idempotency-key'];
      if (!allowed)
        return refuse(
          { status: 403, title: `The origin ${origin} is not in allow_origins.`, reason: t.sendError.rejected },
          'origin_refused',
        );
      const wait = limiter.take(clientAddress(request, settings.trustProxy));
      if (wait) {
        const seconds = String(Math.ceil(wait / 1000));
        return refuse(
          {
            status: 429,
            title: `Too many messages from this address: at most ${settings.rateLimit} a minute.`,
            message: t.sendError.busy,
            headers: { 'retry-after': seconds },
            reason: t.sendError.busy,
          },
          'rate_limited',
        );
      }
      const body = parseBody(type, await readBody(request, settings.bodyLimit));
      const key = readKey(request.headers['idempotency-key'] ?? body[keyField]);
      if (!key)
        return refuse(
          {
            status: 400,
            title: 'The Idempotency-Key is missing: send one key per message (a UUID), the same on every retry.',
            reason: t.sendError.rejected,
          },
          'key_missing',
        );
      // Spam looks sent, so a robot learns nothing, but nothing is filed or forwarded.
      if (typeof body[honeypotField] === 'string' && body[honeypotField].trim())
        return accepted(newReference(), 201, { outcome: 'spam' });
      const read = readFields(t, fieldsIn(lang, t), body);
      if (read.errors)
        return refuse(
          {
            status: 422,
            title: 'Some fields are not as the form requires them.',
            errors: read.errors,
            reason: t.errorSummary,
          },
          'invalid',
        );
      const { fields } = read;
      const topic = typeof fields.topic === 'string' ? fields.topic : undefined;
      const print = fingerprint(fields);
      const conflict = (): Outcome =>
        refuse(
          {
            status: 422,
            title: 'This Idempotency-Key was used for a different message: a new message needs a new key.',
            reason: t.sendError.rejected,
          },
          'key_conflict',
        );
      if (verifyCaptcha) {
        // A retry of a message filed before answers as the first time did, without spending a new
        // captcha token (a token is good for one check, and the retry carries the first one). Without a
        // captcha, filing alone tells a retry, and a message costs the store one round trip, not two.
        const filed = await store.find(key);
        if (filed)
          return filed.fingerprint === print
            ? accepted(filed.reference, 201, { outcome: 'replayed', reference: filed.reference, topic })
            : conflict();
        if (!(await verifyCaptcha(request.headers['x-captcha-token'] as string | undefined, request)))
          return refuse(
            {
              status: 403,
              title: 'The captcha token was not accepted.',
              message: t.sendError.token,
              reason: t.sendError.token,
            },
            'captcha_refused',
          );
      }
      const filing = await store.file({
        reference: newReference(),
        idempotencyKey: key,
        fingerprint: print,
        receivedAt: new Date(),
        topic,
        fields,
      });
      if (filing.outcome === 'conflict') return conflict();
      if (filing.outcome === 'filed') outbox.wake();
      return accepted(filing.reference, 201, { outcome: filing.outcome, reference: filing.reference, topic });
    } catch (error) {
      if (error instanceof BodyError)
        return refuse(
          {
            status: error.status,
            title: error.message,
            reason: t.sendError.rejected,
            // The rest of a body over the limit is not read: the connection cannot carry another request.
            headers: error.status === 413 ? { connection: 'close' } : {},
          },
          'body_refused',
        );
      // The store or the captcha check failed: nothing was acknowledged, and the form sends again.
      refuse(
        {
          status: 503,
          title: 'The message could not be taken just now; send it again.',
          headers: { 'retry-after': '5' },
          reason: t.sendError.http,
        },
        'unavailable',
      );
      throw error;
    }
  }

  const handles = (request: IncomingMessage) => [form.path, healthPath].includes(pathOf(request));

  const handler = async (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => {
    const path = pathOf(request);
    if (path === healthPath && (request.method === 'GET' || request.method === 'HEAD')) return health(response);
    if (path !== form.path) {
      if (next) return next();
      return send(response, 404, { title: `Not found: messages go to ${form.path}.` });
    }
    const started = performance.now();
    const line = (level: 'info' | 'error', outcome: Outcome, error?: unknown) =>
      log({
        level,
        event: 'request',
        method: request.method,
        status: response.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...outcome,
        ...(error ? { error: (error as Error).message } : {}),
      });
    try {
      line('info', await receive(request, response));
    } catch (error) {
      line('error', { outcome: 'unavailable' }, error);
    }
  };

  return Object.assign(handler, {
    path: form.path,
    handles,
    async close() {
      closing = true;
      clearInterval(purger);
      await outbox.stop();
      mailer.close();
      await store.close();
    },
  });
}
