// The contact server's configuration: the JSON file an office writes (see docs/contact-server.md), read
// into settings with every default filled in and every mistake named at once, before anything starts.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { email as emailRule, type FormField } from '../form/validators.js';

/** The configuration as written in `contact.config.json`. */
export interface ContactServerConfig {
  port?: number;
  /** The address to listen on; all of the machine's when missing. */
  host?: string;
  /** The folder of the embedded store (SQLite); `contact-data` beside the configuration by default. */
  data?: string;
  /** PostgreSQL instead of the embedded store, e.g. for several instances behind a load balancer. */
  database_url?: string;
  /** The feed whose `_press.contact` gives the endpoint, topics and fields: a file or an http(s) address. */
  feed: string;
  /** The origins of the pages that carry the form, e.g. `https://www.mup.gov.rs`. */
  allow_origins?: string[];
  /** Topic id → the e-mail address of the institution in charge; `*` for every other topic, or when there are none. */
  routes: Record<string, string>;
  /** The mail server, e.g. `smtp://user:password@mail.example.org:587` (`smtps://` for TLS from the start). */
  smtp: string;
  /** The sender of the forwarded mails, e.g. `Contact form <kontakt@mup.gov.rs>`. */
  from: string;
  /** Days a forwarded message is kept before it is purged. */
  retain_days?: number;
  /** Messages per minute from one client address. */
  rate_limit?: number;
  /** The largest request body in bytes. */
  body_limit?: number;
  /** The longest message in characters: the form's `max-length` (2000 unless the page sets another). */
  max_length?: number;
  /** How many reverse proxies stand in front and add to `X-Forwarded-For`; 0 when clients connect directly. */
  trust_proxy?: number;
  /** The language of the forwarded mails' labels; the feed's language, or English, when missing. */
  lang?: string;
  /** Checks the form's `X-Captcha-Token` at a siteverify endpoint (Turnstile, hCaptcha and reCAPTCHA speak the same). */
  captcha?: { verify_url: string; secret: string };
}

/** The configuration with its defaults, paths resolved against the configuration file's folder. */
export interface Settings {
  port: number;
  host?: string;
  store: { kind: 'sqlite'; folder: string } | { kind: 'postgresql'; url: string };
  /** An absolute file path or an http(s) address. */
  feed: string;
  allowOrigins: string[];
  routes: Record<string, string>;
  smtp: string;
  from: string;
  retainDays: number;
  rateLimit: number;
  bodyLimit: number;
  maxLength: number;
  trustProxy: number;
  lang?: string;
  captcha?: { verifyUrl: string; secret: string };
}

/** What is wrong with a configuration, every problem on a line of its own. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const defaults = {
  port: 8080,
  retainDays: 365,
  rateLimit: 10,
  bodyLimit: 64 * 1024,
  maxLength: 2000,
} as const;

const isUrl = (value: unknown, schemes: RegExp) => {
  try {
    return typeof value === 'string' && schemes.test(new URL(value).protocol);
  } catch {
    return false;
  }
};
const addressField: FormField = { name: 'address', label: 'address', type: 'email', validators: [emailRule] };
const isAddress = (value: unknown) => typeof value === 'string' && !!value && emailRule.validate(value, addressField);
const isCount = (value: unknown, min: number) => Number.isInteger(value) && (value as number) >= min;
// The address part of `Name <address>`, or all of it.
const mailbox = (value: string) => /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value;

/**
 * Checks a configuration and fills in its defaults. `folder` is where relative paths start: the
 * configuration file's folder. Throws a ConfigError that lists every problem found.
 */
export function readConfig(config: ContactServerConfig, folder = process.cwd()): Settings {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => ok || problems.push(problem);
  const known = new Set([
    ...['port', 'host', 'data', 'database_url', 'feed', 'allow_origins', 'routes', 'smtp', 'from'],
    ...['retain_days', 'rate_limit', 'body_limit', 'max_length', 'trust_proxy', 'lang', 'captcha'],
  ]);
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    throw new ConfigError('The configuration must be a JSON object.');
  for (const key of Object.keys(config)) need(known.has(key), `"${key}" is not a setting (a typing mistake?).`);
  const {
    port = defaults.port,
    host,
    data,
    database_url: databaseUrl,
    feed,
    allow_origins: allowOrigins = [],
    routes,
    smtp,
    from,
    retain_days: retainDays = defaults.retainDays,
    rate_limit: rateLimit = defaults.rateLimit,
    body_limit: bodyLimit = defaults.bodyLimit,
    max_length: maxLength = defaults.maxLength,
    trust_proxy: trustProxy = 0,
    lang,
    captcha,
  } = config;
  need(isCount(port, 0) && port < 65536, '"port" must be a port number, like 8080 (0 picks a free one).');
  need(host === undefined || typeof host === 'string', '"host" must be an address to listen on, like "127.0.0.1".');
  need(!(data !== undefined && databaseUrl !== undefined), 'Give "data" or "database_url", not both.');
  need(data === undefined || (typeof data === 'string' && !!data), '"data" must be a folder.');
  need(
    databaseUrl === undefined || isUrl(databaseUrl, /^postgres(ql)?:$/),
    '"database_url" must be a PostgreSQL address, like postgres://user:password@db.example.org/contact.',
  );
  need(
    isUrl(feed, /^https?:$/) || (typeof feed === 'string' && !!feed && !/^\w+:\/\//.test(feed)),
    '"feed" must be the feed\'s file or its http(s) address.',
  );
  need(
    Array.isArray(allowOrigins) &&
      allowOrigins.every((origin) => isUrl(origin, /^https?:$/) && new URL(origin).origin === origin),
    '"allow_origins" must be a list of origins, like ["https://www.mup.gov.rs"]: scheme and host, no path or "/".',
  );
  const routeList =
    typeof routes === 'object' && routes !== null && !Array.isArray(routes) ? Object.entries(routes) : [];
  need(routeList.length > 0, '"routes" must map topic ids (or "*") to e-mail addresses.');
  for (const [topic, address] of routeList) need(isAddress(address), `"routes"."${topic}" must be an e-mail address.`);
  need(
    isUrl(smtp, /^smtps?:$/),
    '"smtp" must be the mail server\'s address, like smtp://user:password@mail.example.org:587.',
  );
  need(
    typeof from === 'string' && isAddress(mailbox(from)),
    '"from" must be an e-mail address, like "Contact form <kontakt@mup.gov.rs>".',
  );
  need(isCount(retainDays, 1), '"retain_days" must be a whole number of days, 1 or more.');
  need(isCount(rateLimit, 1), '"rate_limit" must be a whole number of messages per minute, 1 or more.');
  need(isCount(bodyLimit, 1024), '"body_limit" must be a number of bytes, 1024 or more.');
  need(isCount(maxLength, 1), '"max_length" must be a number of characters, 1 or more.');
  need(isCount(trustProxy, 0), '"trust_proxy" must be the number of reverse proxies in front, 0 or more.');
  need(
    lang === undefined || (typeof lang === 'string' && /^[a-z]{2,3}(-\w+)*$/i.test(lang)),
    '"lang" must be a language tag, like "sr-Latn".',
  );
  need(
    captcha === undefined ||
      (isUrl(captcha?.verify_url, /^https?:$/) && typeof captcha.secret === 'string' && !!captcha.secret),
    '"captcha" must be { "verify_url": "https://…/siteverify", "secret": "…" }.',
  );
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return {
    port,
    host,
    store: databaseUrl
      ? { kind: 'postgresql', url: databaseUrl }
      : { kind: 'sqlite', folder: resolve(folder, data ?? 'contact-data') },
    feed: isUrl(feed, /^https?:$/) ? feed : resolve(folder, feed),
    allowOrigins,
    routes: routes as Record<string, string>,
    smtp,
    from,
    retainDays,
    rateLimit,
    bodyLimit,
    maxLength,
    trustProxy,
    lang,
    captcha: captcha && { verifyUrl: captcha.verify_url, secret: captcha.secret },
  };
}

/** Reads and checks a configuration file. */
export async function readConfigFile(path: string): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path} cannot be read: ${(error as Error).message}`);
  }
  let config: ContactServerConfig;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not JSON: ${(error as Error).message}`);
  }
  try {
    return readConfig(config, dirname(resolve(path)));
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${path}:\n${error.message}`);
    throw error;
  }
}
