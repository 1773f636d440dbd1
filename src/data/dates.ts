// Feed dates in both spellings feeds use, whichever a field holds, because real feeds mix them up:
// RFC 3339 / ISO 8601 "2024-03-05T10:00:00+01:00" (JSON Feed, Atom, dc:date; also the basic format and a
// space for the T) and RFC 822 "Tue, 05 Mar 2024 10:00:00 +0100" (RSS; weekday, time, seconds and zone
// optional, "+01:00" too). A zone only follows a time: after a bare date it would move the day into the one
// before ("2024-03-05+01:00"), and a trailing "-01" is as likely a typo, so either is no date. Read into
// Date.UTC rather than with Date.parse, which turns 30 February into 1 March.
// The XML reader turns the other spellings of RSS and dc:date (asctime, "2024-03") into one of these.
const iso = /^(\d{4})-?(\d\d)-?(\d\d)(?:[t ](\d\d):?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?\s*(z|[+-]\d\d(?::?\d\d)?)?)?$/i;
const rfc822 =
  /^(?:[a-z]{3},?\s*)?(\d\d?)\s+([a-z]{3})[a-z]*\.?\s+(\d\d|\d{4})(?:\s+(\d\d?):(\d\d)(?::(\d\d))?\s*([a-z]+|[+-]\d\d:?\d\d)?)?$/i;
const months = 'janfebmaraprmayjunjulaugsepoctnovdec';
// Zone names RSS feeds use, in hours east of UTC.
const zones: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  cet: 1,
  cest: 2,
  met: 1,
  mest: 2,
  eet: 2,
  eest: 3,
  bst: 1,
};

/**
 * Minutes east of UTC for "Z", "+01:00", "+0100", "+01" or a zone name; NaN for an unknown name and for
 * an offset past 23:59, which is no place on Earth ("-99:99").
 */
function offsetOf(zone: string): number {
  const numeric = /^([+-])([01]\d|2[0-3]):?([0-5]\d)?$/.exec(zone);
  return numeric ? +`${numeric[1]}1` * (+numeric[2] * 60 + +(numeric[3] ?? 0)) : zones[zone.toLowerCase()] * 60;
}

/**
 * A feed date, or `undefined` for text that is not one or names a day or time that does not exist
 * (31 February, month 13, hour 25, an unknown zone). A date or time without a zone is UTC, so every
 * visitor sees the same day; a date without a time is midnight UTC.
 */
export function parseFeedDate(value: string): Date | undefined {
  const text = value.trim();
  let match = iso.exec(text);
  let parts: (string | number | undefined)[];
  if (match) parts = [match[1], +match[2] - 1, ...match.slice(3)];
  else if ((match = rfc822.exec(text))) {
    const year = +match[3];
    parts = [
      year < 50 ? year + 2000 : year < 100 ? year + 1900 : year,
      months.indexOf(match[2].toLowerCase()) / 3,
      match[1],
      match[4],
      match[5],
      match[6],
      0,
      match[7],
    ];
  } else return undefined;
  const [year, month, day, hours, minutes, seconds] = parts.map((part) => +(part ?? 0));
  const date = new Date(Date.UTC(year, month, day, hours, minutes, seconds, +`0.${parts[6] ?? 0}` * 1000));
  // A day or time that Date.UTC had to roll over into the next one does not exist.
  if (
    date.getUTCMonth() !== month ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== hours ||
    minutes > 59 ||
    seconds > 60
  )
    return undefined;
  date.setTime(date.getTime() - offsetOf(String(parts[7] ?? 'z')) * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
