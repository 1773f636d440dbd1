import { parseISO } from 'date-fns/parseISO';

const isoDate = /^\d{4}-?\d{2}-?\d{2}(?:[T ]|$)/i;
const isoZone = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

// RFC 822 as RSS uses it: "Tue, 05 Mar 2024 10:00:00 +0100", seconds, weekday and zone optional.
const rfc822 = /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]+|[+-]\d{4})?$/i;
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const zoneHours: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
  cet: 1, cest: 2, eet: 2, eest: 3, bst: 1,
};

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  }
  const hours = zoneHours[zone.toLowerCase()];
  return hours === undefined ? undefined : hours * 60;
}

function parseRfc822(value: string): Date | undefined {
  const match = rfc822.exec(value);
  if (!match) return undefined;
  const [, day, monthName, yearText, hours, minutes, seconds = '0', zone] = match;
  const month = months.indexOf(monthName.toLowerCase());
  const offset = zoneOffsetMinutes(zone);
  if (month < 0 || offset === undefined) return undefined;
  const year = yearText.length === 2 ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText) : Number(yearText);
  const wallClock = new Date(Date.UTC(year, month, Number(day), Number(hours), Number(minutes), Number(seconds)));
  // Date.UTC rolls 31 Feb over into March; a date that does not survive the round trip does not exist.
  if (wallClock.getUTCDate() !== Number(day) || wallClock.getUTCHours() !== Number(hours) || Number(minutes) > 59 || Number(seconds) > 60) {
    return undefined;
  }
  return new Date(wallClock.getTime() - offset * 60_000);
}

function parseRfc3339(value: string): Date | undefined {
  let text = value.toUpperCase();
  const hasTime = /\d[T ]\d/.test(text);
  // A date or time without a zone is read as UTC, so every visitor sees the same day whatever their zone.
  if (!hasTime) text += 'T00:00:00Z';
  else if (!isoZone.test(text)) text += 'Z';
  const date = parseISO(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A feed date: RFC 3339 / ISO 8601 (JSON Feed, Atom, `dc:date`) or RFC 822 (RSS), whichever the text is,
 * because real feeds mix them up. Dates without a zone are UTC. Impossible dates give `undefined`.
 */
export function parseFeedDate(value: string): Date | undefined {
  const text = value.trim();
  if (!text) return undefined;
  return isoDate.test(text) ? parseRfc3339(text) : parseRfc822(text);
}
