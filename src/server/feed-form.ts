// The form the server receives, as the feed describes it in `_press.contact`: the path it posts to, its
// topics and fields. The same feed configures <press-contact-form>, so both check the same fields.
import { readFile } from 'node:fs/promises';
import { parseFeed } from '../data/parse-feed.js';
import type { ContactField, ContactTopic } from '../data/types.js';
import { contactFields } from '../form/contact-fields.js';
import { option, type FormField } from '../form/validators.js';
import type { ContactFormTexts } from '../i18n/translation.js';
import { ConfigError } from './config.js';

export interface FeedForm {
  /** The path of `_press.contact.endpoint`, e.g. `/api/contact`. */
  path: string;
  topics: ContactTopic[];
  fields: ContactField[];
  consent?: string;
  /** The feed's language, when it names one. */
  language?: string;
  /** What the feed gets wrong about the form, in words a web team understands. */
  warnings: string[];
}

const feedTimeout = 15_000;

async function feedText(feed: string): Promise<string> {
  try {
    if (!/^https?:/.test(feed)) return await readFile(feed, 'utf8');
    const response = await fetch(feed, {
      signal: AbortSignal.timeout(feedTimeout),
      headers: { accept: 'application/feed+json, application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    throw new Error(`The feed ${feed} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads the form from the feed; throws a ConfigError when the feed has no contact form with an endpoint. */
export async function loadFeedForm(feed: string): Promise<FeedForm> {
  const text = await feedText(feed);
  let json: { _press?: { contact?: { endpoint?: unknown } } };
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`The feed ${feed} is not a JSON Feed: only a JSON Feed carries _press.contact.`);
  }
  const { contact, language, warnings } = parseFeed(json, /^https?:/.test(feed) ? { url: feed } : {});
  const endpoint = json._press?.contact?.endpoint;
  if (!contact || typeof endpoint !== 'string' || !endpoint.trim())
    throw new ConfigError(`The feed ${feed} has no _press.contact.endpoint: the server answers at that path.`);
  // The endpoint is written for the pages that carry the form; a relative one starts from their site's
  // root as far as a server is concerned, since the server answers at one path whatever the page.
  const path = new URL(endpoint.trim(), /^https?:/.test(feed) ? feed : 'http://site.invalid/').pathname;
  return {
    path,
    topics: contact.topics,
    fields: contact.fields,
    consent: contact.consent,
    language,
    // Only what the server reads: a file feed has no address for its links to start from.
    warnings: warnings.filter((warning) => /^feed\._press\.contact\.(topics|fields)\b/.test(warning)),
  };
}

/**
 * The fields and their checks, as the form builds them, with the texts of one language; a list also
 * takes only one of its options, which the browser's list ensures by itself.
 */
export function formFields(t: ContactFormTexts, form: FeedForm, maxLength: number): FormField[] {
  return contactFields(t, { topics: form.topics, fields: form.fields, consent: form.consent, maxLength }).map(
    (field) => (field.type === 'select' ? { ...field, validators: [...field.validators, option] } : field),
  );
}

/** Every topic needs an address to forward to: its own route, or `*`. */
export function checkRoutes(form: FeedForm, routes: Record<string, string>): void {
  const unrouted = routes['*'] ? [] : form.topics.filter(({ id }) => !routes[id]).map(({ id }) => `"${id}"`);
  if (!form.topics.length && !routes['*'])
    throw new ConfigError('The form has no topics: "routes" needs a "*" address that every message goes to.');
  if (unrouted.length)
    throw new ConfigError(`"routes" has no address for the topic(s) ${unrouted.join(', ')}, and no "*" for the rest.`);
}
