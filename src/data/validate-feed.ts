/**
 * Checks a feed against the press feed format (`docs/feed-format.md`, `schema/press-feed.schema.json`)
 * for the people who publish one. The parser is lenient and reads what it can; this is strict and
 * names every problem, so a web team can fix the feed before a reader has to guess.
 *
 * Hand-written rather than a schema engine: it ships to browsers, and it checks what a schema cannot
 * (duplicate ids, real calendar dates).
 */

/** One thing wrong with a feed: where (`$.items[3]._press.quotes[0].speaker`) and what, in plain words. */
export interface FeedProblem {
  path: string;
  message: string;
}

export interface FeedValidationResult {
  valid: boolean;
  problems: FeedProblem[];
}

type Report = (path: string, message: string) => void;
type Check = (value: unknown, path: string, report: Report) => void;
type Json = Record<string, unknown>;

const VERSIONS = ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'];
const FIELD_TYPES = ['text', 'email', 'tel', 'url', 'textarea', 'select', 'checkbox'];
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/i;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const FIELD_NAME = /^[a-z][a-z0-9_-]*$/i;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kind = (value: unknown): string =>
  value === null || value === undefined
    ? String(value)
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

/** `$.items[3]`, `$._press`, `$.translations["sr-Latn"]`: the JSONPath a person can paste into a search. */
const pathTo = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[a-z_$][\w$]*$/i.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

const string: Check = (value, path, report) => {
  if (typeof value !== 'string') report(path, `must be a string, not ${kind(value)}`);
};

const text: Check = (value, path, report) => {
  if (typeof value !== 'string') report(path, `must be a string, not ${kind(value)}`);
  else if (!value.trim()) report(path, 'must not be empty');
};

const boolean: Check = (value, path, report) => {
  if (typeof value !== 'boolean') report(path, `must be true or false, not ${kind(value)}`);
};

const number: Check = (value, path, report) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) report(path, 'must be a number, 0 or more');
};

const matching =
  (pattern: RegExp, hint: string): Check =>
  (value, path, report) => {
    text(value, path, report);
    if (typeof value === 'string' && value.trim() && !pattern.test(value)) report(path, hint);
  };

const language = matching(LANGUAGE, 'must be a language tag such as en, sr-Latn or sr-Cyrl');

/** Relative URLs are fine (resolved against the feed URL); readers drop any scheme not listed. */
const urlWith =
  (...schemes: string[]): Check =>
  (value, path, report) => {
    text(value, path, report);
    if (typeof value !== 'string') return;
    // The URL parser drops control characters and spaces before the scheme, so a check must too.
    // eslint-disable-next-line no-control-regex -- the characters the URL parser strips are control characters
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
    if (scheme && !schemes.includes(scheme)) {
      report(path, `uses "${scheme}:"; only ${schemes.map((s) => `${s}:`).join(', ')} or a relative URL is allowed`);
    }
  };

const url = urlWith('http', 'https');
// JSON Feed lets an author's url be a mailto: link.
const link = urlWith('http', 'https', 'mailto', 'tel');

const date: Check = (value, path, report) => {
  text(value, path, report);
  if (typeof value !== 'string' || !value.trim()) return;
  const m = DATE_TIME.exec(value);
  if (!m) return report(path, 'must be an RFC 3339 date-time such as 2026-10-14T10:30:00+02:00');
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = !m[9] || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 60 || !offsetOk) {
    report(path, 'is not a real date and time');
  } else if (!m[8]) {
    report(path, 'has no time zone; readers assume UTC. Add Z or an offset such as +02:00');
  }
};

const oneOf =
  (allowed: readonly unknown[], hint: string): Check =>
  (value, path, report) => {
    if (!allowed.includes(value)) report(path, hint);
  };

const arrayOf =
  (item: Check): Check =>
  (value, path, report) => {
    if (!Array.isArray(value)) return report(path, `must be an array, not ${kind(value)}`);
    value.forEach((entry, i) => item(entry, pathTo(path, i), report));
  };

/**
 * `closed` objects are ours (`_press` and what is inside it): an unknown key there is almost always
 * a typo (`quote` for `quotes`) that would silently lose data. JSON Feed's own objects stay open.
 */
const object =
  (shape: Record<string, Check>, options: { required?: string[]; closed?: boolean; also?: Check } = {}): Check =>
  (value, path, report) => {
    if (!isObject(value)) return report(path, `must be an object, not ${kind(value)}`);
    for (const key of options.required ?? []) if (!(key in value)) report(pathTo(path, key), 'is required');
    for (const [key, entry] of Object.entries(value)) {
      const check = shape[key];
      if (check) check(entry, pathTo(path, key), report);
      else if (options.closed)
        report(pathTo(path, key), `is not a known property (known: ${Object.keys(shape).join(', ')})`);
    }
    options.also?.(value, path, report);
  };

/** Reports the second and later entries whose `key` repeats an earlier one. */
const unique =
  (list: string, key: string, what: string): Check =>
  (value, path, report) => {
    const entries = (value as Json)[list];
    if (!Array.isArray(entries)) return;
    const seen = new Map<unknown, number>();
    entries.forEach((entry, i) => {
      const id = isObject(entry) ? entry[key] : undefined;
      if (typeof id !== 'string' && typeof id !== 'number') return;
      const first = seen.get(String(id));
      if (first === undefined) seen.set(String(id), i);
      else
        report(
          pathTo(pathTo(pathTo(path, list), i), key),
          `repeats ${what} "${id}" of ${pathTo(path, list)}[${first}]`,
        );
    });
  };

const author = object(
  { name: text, url: link, avatar: url },
  {
    also: (value, path, report) => {
      const { name, url: link, avatar } = value as Json;
      if (name === undefined && link === undefined && avatar === undefined) report(path, 'needs a name, url or avatar');
    },
  },
);

const quote = object(
  { text, speaker: text, role: text, organisation: text },
  { required: ['text', 'speaker'], closed: true },
);

const translations: Check = (value, path, report) => {
  if (!isObject(value))
    return report(path, `must be an object of language tags to item ids or URLs, not ${kind(value)}`);
  for (const [lang, target] of Object.entries(value)) {
    const at = pathTo(path, lang);
    if (!LANGUAGE.test(lang)) report(at, 'is not a language tag such as en, sr-Latn or sr-Cyrl');
    url(target, at, report);
    // Readers take a value as a URL only by its start, so a bare relative path would be taken for an id.
    if (typeof target === 'string' && target.includes('/') && !/^([a-z][a-z0-9+.-]*:|\.{0,2}\/)/i.test(target.trim())) {
      report(at, `would be read as an item id; write "./${target.trim()}" for a relative URL`);
    }
  }
};

const itemPress = object(
  { category: text, source: text, location: text, quotes: arrayOf(quote), image_alt: string, translations },
  { closed: true },
);

const itemId: Check = (value, path, report) => {
  if (typeof value === 'number') report(path, `must be a string; readers turn the number ${value} into "${value}"`);
  else text(value, path, report);
};

const attachment = object(
  { url, mime_type: text, title: text, size_in_bytes: number, duration_in_seconds: number },
  { required: ['url', 'mime_type'] },
);

const item = object(
  {
    id: itemId,
    url,
    external_url: url,
    title: text,
    content_html: string,
    content_text: string,
    summary: text,
    image: url,
    banner_image: url,
    date_published: date,
    date_modified: date,
    author,
    authors: arrayOf(author),
    tags: arrayOf(text),
    language,
    attachments: arrayOf(attachment),
    _press: itemPress,
  },
  {
    required: ['id', 'title', 'date_published'],
    also: (value, path, report) => {
      const { content_html, content_text, image, _press } = value as Json;
      if (content_html === undefined && content_text === undefined) report(path, 'needs content_html or content_text');
      const alt = isObject(_press) ? _press.image_alt : undefined;
      if (image !== undefined && alt === undefined) {
        report(pathTo(pathTo(path, '_press'), 'image_alt'), 'is required with image ("" if the image is decorative)');
      }
      if (image === undefined && alt !== undefined)
        report(pathTo(pathTo(path, '_press'), 'image_alt'), 'describes no image: the item has no image');
    },
  },
);

const option = object({ value: string, label: text }, { required: ['value', 'label'], closed: true });

const field = object(
  {
    name: matching(FIELD_NAME, 'must start with a letter and hold only letters, digits, - and _'),
    label: text,
    type: oneOf(FIELD_TYPES, `must be one of ${FIELD_TYPES.join(', ')}`),
    required: boolean,
    options: arrayOf(option),
    hint: text,
  },
  {
    required: ['name', 'label'],
    closed: true,
    also: (value, path, report) => {
      const { type, options } = value as Json;
      if (type === 'select' && options === undefined) report(pathTo(path, 'options'), 'is required for a select field');
      if (type !== 'select' && options !== undefined) report(pathTo(path, 'options'), 'only applies to a select field');
    },
  },
);

const contact = object(
  {
    intro: text,
    endpoint: url,
    topics: arrayOf(object({ id: text, label: text, institution: text }, { required: ['id', 'label'], closed: true })),
    privacy_url: url,
    consent: text,
    fields: arrayOf(field),
  },
  {
    closed: true,
    also: (value, path, report) => {
      unique('topics', 'id', 'the id')(value, path, report);
      unique('fields', 'name', 'the name')(value, path, report);
    },
  },
);

const feedPress = object(
  {
    organisation: object({ name: text, url, logo: url }, { required: ['name'], closed: true }),
    contact,
    sample: boolean,
  },
  { closed: true },
);

const feed = object(
  {
    version: oneOf(VERSIONS, `must be "${VERSIONS[0]}"`),
    title: text,
    home_page_url: url,
    feed_url: url,
    description: string,
    user_comment: string,
    next_url: url,
    icon: url,
    favicon: url,
    author,
    authors: arrayOf(author),
    language,
    expired: boolean,
    hubs: arrayOf(object({ type: text, url: text }, { required: ['type', 'url'] })),
    items: arrayOf(item),
    _press: feedPress,
  },
  { required: ['version', 'title', 'items'], also: unique('items', 'id', 'the id') },
);

/**
 * Validates a parsed JSON Feed (or its JSON text) against the press feed format and reports every
 * problem with its JSONPath. `valid` is true only when there are none.
 */
export function validateFeed(input: unknown): FeedValidationResult {
  const problems: FeedProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  let value = input;
  if (typeof input === 'string') {
    const source = input.replace(/^\uFEFF/, '').trim();
    try {
      value = JSON.parse(source);
    } catch (error) {
      const hint = source.startsWith('<')
        ? 'looks like XML (RSS or Atom?); only JSON Feed is validated'
        : `is not JSON: ${(error as Error).message}`;
      report('$', hint);
      return { valid: false, problems };
    }
  }
  feed(value, '$', report);
  return { valid: problems.length === 0, problems };
}
