/**
 * Checks a feed against the press feed format for the people who publish one. The parser is lenient and
 * reads what it can; this is strict and names every problem, so a web team can fix the feed before a
 * reader has to guess. Both follow the field table of feed-fields.ts, as do the JSON Schema and the docs.
 *
 * Not a schema engine: it ships to browsers, and it checks what a schema cannot (duplicate ids, real
 * calendar dates). Widgets never import it, so what only it needs lives here.
 */
import {
  author,
  constraints,
  contact,
  feed,
  field,
  item,
  keyName,
  languageTag,
  refUrl,
  type Fields,
  type Kind,
  type Scalar,
  type Table,
} from './feed-fields.js';
import { linkSchemes, webSchemes } from './urls.js';

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

// Unlike the other kinds' shapes (feed-fields.ts), this one also matches a date without a time zone, so
// that the problem can be named.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/i;
const LANGUAGE_HINT = 'a language tag such as en, sr-Latn or sr-Cyrl';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null || value === undefined
    ? String(value)
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

/** `$.items[3]`, `$._press`, `$.translations["sr-Latn"]`: the JSONPath a person can paste into a search. */
export const pathTo = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[a-z_$][\w$]*$/i.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

// Readers take a number where text belongs as its text; the problem says so.
const string: Check = (value, path, report) => {
  if (typeof value === 'number') report(path, `must be a string; readers turn the number ${value} into "${value}"`);
  else if (typeof value !== 'string') report(path, `must be a string, not ${describe(value)}`);
};

const text: Check = (value, path, report) => {
  string(value, path, report);
  if (typeof value === 'string' && !value.trim()) report(path, 'must not be empty');
};

const matching =
  (pattern: RegExp, hint: string): Check =>
  (value, path, report) => {
    text(value, path, report);
    if (typeof value === 'string' && value.trim() && !pattern.test(value)) report(path, hint);
  };

/** Relative URLs are fine (resolved against the feed URL); readers drop any scheme not listed. */
const urlWith =
  (schemes: ReadonlySet<string>): Check =>
  (value, path, report) => {
    text(value, path, report);
    if (typeof value !== 'string') return;
    // The URL parser drops control characters and spaces before the scheme, so a check must too.
    // eslint-disable-next-line no-control-regex -- the characters the URL parser strips are control characters
    const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
    if (scheme && !schemes.has(scheme)) {
      report(path, `uses "${scheme}"; only ${[...schemes].join(', ')} or a relative URL is allowed`);
    }
  };

const url = urlWith(webSchemes);

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

const ref: Check = (value, path, report) => {
  url(value, path, report);
  // Readers take a value as a URL only by its start, so a bare relative path would be taken for an id.
  if (typeof value === 'string' && value.includes('/') && !refUrl.test(value.trim())) {
    report(path, `would be read as an item id; write "./${value.trim()}" for a relative URL`);
  }
};

const arrayOf =
  (item: Check): Check =>
  (value, path, report) => {
    if (!Array.isArray(value)) return report(path, `must be an array, not ${describe(value)}`);
    value.forEach((entry, i) => item(entry, pathTo(path, i), report));
  };

const scalars: Record<Scalar, Check> = {
  text,
  string,
  url,
  link: urlWith(linkSchemes),
  date,
  language: matching(languageTag, `must be ${LANGUAGE_HINT}`),
  key: matching(keyName, 'must start with a letter and hold only letters, digits, - and _'),
  ref,
  boolean: (value, path, report) => {
    if (typeof value !== 'boolean') report(path, `must be true or false, not ${describe(value)}`);
  },
  number: (value, path, report) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) report(path, 'must be a number, 0 or more');
  },
  texts: arrayOf(text),
};

// What the table cannot say about one field alone, by the object it concerns.
const beyondFields = new Map<Table, Check>([
  [
    author,
    (value, path, report) => {
      const { name, url: link, avatar } = value as Json;
      if (name === undefined && link === undefined && avatar === undefined) report(path, 'needs a name, url or avatar');
    },
  ],
  [
    item,
    (value, path, report) => {
      const { content_html, content_text, image, _press } = value as Json;
      if (content_html === undefined && content_text === undefined) report(path, 'needs content_html or content_text');
      const alt = isObject(_press) ? _press.image_alt : undefined;
      if (image !== undefined && alt === undefined) {
        report(pathTo(pathTo(path, '_press'), 'image_alt'), 'is required with image ("" if the image is decorative)');
      }
      if (image === undefined && alt !== undefined)
        report(pathTo(pathTo(path, '_press'), 'image_alt'), 'describes no image: the item has no image');
    },
  ],
  [
    field,
    (value, path, report) => {
      const { type, options } = value as Json;
      if (type === 'select' && options === undefined) report(pathTo(path, 'options'), 'is required for a select field');
      if (type !== 'select' && options !== undefined) report(pathTo(path, 'options'), 'only applies to a select field');
    },
  ],
  [
    contact,
    (value, path, report) => {
      unique('topics', 'id', 'the id')(value, path, report);
      unique('fields', 'name', 'the name')(value, path, report);
    },
  ],
  [feed, (value, path, report) => unique('items', 'id', 'the id')(value, path, report)],
]);

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

/** Every field of `table` and every constraint on it; an unknown key is a problem only in a closed object. */
function checkObject(table: Table, value: unknown, path: string, report: Report): void {
  if (!isObject(value)) return report(path, `must be an object, not ${describe(value)}`);
  const { required = [], closed, unread } = constraints.get(table) ?? {};
  const fields: Fields = { ...table.fields, ...unread };
  for (const key of required) if (!(key in value)) report(pathTo(path, key), 'is required');
  for (const [key, entry] of Object.entries(value)) {
    if (Object.hasOwn(fields, key)) check(fields[key]!, entry, pathTo(path, key), report);
    else if (closed) report(pathTo(path, key), `is not a known property (known: ${Object.keys(fields).join(', ')})`);
  }
  beyondFields.get(table)?.(value, path, report);
}

function check(kind: Kind, value: unknown, path: string, report: Report): void {
  if (typeof kind === 'string') scalars[kind](value, path, report);
  else if ('fields' in kind) checkObject(kind, value, path, report);
  else if ('oneOf' in kind) {
    if (!kind.oneOf.includes(value as string)) report(path, `must be one of ${kind.oneOf.join(', ')}`);
  } else if ('byLanguage' in kind) {
    if (!isObject(value))
      return report(path, `must be an object of language tags to item ids or URLs, not ${describe(value)}`);
    for (const [language, entry] of Object.entries(value)) {
      const at = pathTo(path, language);
      if (!languageTag.test(language)) report(at, `is not ${LANGUAGE_HINT}`);
      scalars[kind.byLanguage](entry, at, report);
    }
  } else arrayOf((entry, at) => checkObject(kind[0], entry, at, report))(value, path, report);
}

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
  checkObject(feed, value, '$', report);
  return { valid: problems.length === 0, problems };
}
