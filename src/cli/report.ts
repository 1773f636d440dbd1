// What `validate` and `build` found, in one shape: for people on a terminal and, with --json, for CI.

/** What the widgets do about a problem: show nothing of the feed, leave something out, or guess. */
export type Effect = 'refuse' | 'drop' | 'fall back';

export interface Problem {
  /** An error fails the command; a warning fails it only with --strict. */
  severity: 'error' | 'warning';
  /** The file or address the problem is in. */
  source: string;
  /**
   * Where in it: a JSONPath (`$.items[3].title`), an XML path (`/rss/channel/item[4]`), a line
   * (`line 3, column 15`) or, for what the server sends, the header or request concerned.
   */
  path: string;
  message: string;
  effect?: Effect;
  /** What the widgets do about it, in their own words. */
  widgets?: string;
  /** How to fix it, in the server's terms. */
  fix?: string;
}

/** One document read: a file, an address, or one page of a feed split by next_url. */
export interface Document {
  source: string;
  /** Its place among the pages linked by next_url, from the second on. */
  page?: number;
  format?: string;
  releases?: number;
  /** What was not checked, and why. */
  note?: string;
}

export const count = (problems: readonly Problem[], severity: Problem['severity']) =>
  problems.filter((problem) => problem.severity === severity).length;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const effectWords: Record<Effect, string> = {
  refuse: 'The widgets refuse the feed',
  drop: 'The widgets leave it out',
  'fall back': 'The widgets fall back',
};

function whatTheWidgetsDo(effect: Effect | undefined, widgets: string): string {
  if (!effect) return widgets;
  return `${effectWords[effect]}: ${widgets[0]!.toLowerCase()}${widgets.slice(1)}`;
}

/** The problems of each document under its name, then one line of totals. */
export function textReport(documents: readonly Document[], problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const { source, page, format, releases, note } of documents) {
    const found = problems.filter((problem) => problem.source === source);
    const about = [page && `page ${page}`, format, releases !== undefined && plural(releases, 'release')].filter(
      Boolean,
    );
    const what = about.length ? ` (${about.join(', ')})` : '';
    lines.push(`${source}${what}${found.length ? '' : ': no problems'}`);
    for (const { severity, path, message, effect, widgets, fix } of found) {
      lines.push(`  ${severity.padEnd(7)}  ${path}: ${message}`);
      if (widgets) lines.push(`           ${whatTheWidgetsDo(effect, widgets)}`);
      if (fix) lines.push(`           Fix: ${fix}`);
    }
    if (note) lines.push(`  ${note}`);
  }
  lines.push(`${plural(count(problems, 'error'), 'error')}, ${plural(count(problems, 'warning'), 'warning')}.`);
  return `${lines.join('\n')}\n`;
}

export const jsonReport = (documents: readonly Document[], problems: readonly Problem[], strict: boolean) =>
  `${JSON.stringify(
    {
      ok: count(problems, 'error') === 0 && (!strict || count(problems, 'warning') === 0),
      errors: count(problems, 'error'),
      warnings: count(problems, 'warning'),
      documents,
      problems,
    },
    null,
    2,
  )}\n`;
