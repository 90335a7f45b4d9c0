import { type Language, toIntlLocales } from './languages';

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(toIntlLocales(language)).format(value);
}

/**
 * Formats a wall-clock time such as "09:00" or "09:00:00" the way the language writes it:
 * Norwegian uses a full stop ("09.00"), English a colon ("09:00"). Anything unexpected is shown as is.
 */
export function formatClockTime(value: string, language: Language): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(value.trim());
  if (!match) return value;
  const hours = match[1]!.padStart(2, '0');
  const minutes = match[2]!;
  return language === 'en' ? `${hours}:${minutes}` : `${hours}.${minutes}`;
}

/**
 * Like `format`, but the values may be anything (e.g. React elements): returns the pieces in order,
 * so `fill('Logget inn som {name}', { name: <strong>Kari</strong> })` renders the name in its element.
 */
export function fill<T>(template: string, values: Readonly<Record<string, T>>): Array<string | T> {
  const parts: Array<string | T> = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!Object.hasOwn(values, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[name]!);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** "a, b og c" in Norwegian, "a, b and c" in English. */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(toIntlLocales(language), { style: 'long', type: 'conjunction' }).format(items);
}

/** The body's time zone: every date and time on the site is shown as it is in Norway. */
export const timeZone = 'Europe/Oslo';

/** "14. januar 2026" / "14 January 2026", as the date is in Norway. Anything unparsable is shown as is. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(toIntlLocales(language), {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** "14. januar 2026 kl. 10.12" / "14 January 2026 at 10:12", Norwegian time. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(toIntlLocales(language), {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/**
 * "mandag 30. november kl. 09.00" / "Monday 30 November at 09:00", Norwegian time: when something
 * happens within the next days (the press office's next opening). Unparsable input is shown as is.
 */
export function formatWeekdayDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(toIntlLocales(language), {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** "09.00" / "09:00": the time of day in Norway. */
export function formatTimeOfDay(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { hour, minute } = osloParts(date);
  return formatClockTime(`${hour}:${String(minute).padStart(2, '0')}`, language);
}

function osloParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** Today's date in Norway as `YYYY-MM-DD` (the value of an `<input type="date">`). */
export function todayInOslo(now: Date): string {
  const { year, month, day } = osloParts(now);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The instant to send for a date picked in a form (`YYYY-MM-DD`, meant as a date in Norway): today
 * means now (so it is never in the future), any other day noon Norwegian time. Null when not a date.
 */
export function dateInputToInstant(value: string, now: Date): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const guess = Date.UTC(year, month - 1, day, 12, 0);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null; // e.g. 2026-02-30
  }
  if (value.trim() === todayInOslo(now)) return now.toISOString();
  // Noon in Oslo: correct the guess by Oslo's offset from UTC at that moment (one or two hours).
  const oslo = osloParts(check);
  const offsetMs = Date.UTC(oslo.year, oslo.month - 1, oslo.day, oslo.hour, oslo.minute) - guess;
  return new Date(guess - offsetMs).toISOString();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Now in Norway as `YYYY-MM-DDTHH:MM` (the value of an `<input type="datetime-local">`). */
export function nowInOsloForInput(now: Date): string {
  const { year, month, day, hour, minute } = osloParts(now);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}`;
}

/**
 * The instant for a date and time picked in a form (`YYYY-MM-DDTHH:MM`, meant as wall-clock time in
 * Norway, summer or winter). Null when not a valid date and time.
 */
export function dateTimeInputToInstant(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null; // e.g. 2026-02-30
  }
  const offsetAt = (at: number) => {
    const oslo = osloParts(new Date(at));
    return Date.UTC(oslo.year, oslo.month - 1, oslo.day, oslo.hour, oslo.minute) - at;
  };
  // First guess with the offset at the wall-clock value read as UTC, then once more with the offset
  // at that guess (they differ only around the change to and from summer time).
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant).toISOString();
}

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A file size the way people read it: "512 byte" / "512 bytes", "12 kB", "1,2 MB" / "1.2 MB" (binary
 * units, so the 25 MiB upload limit reads "25 MB"), with a no-break space before the unit.
 */
export function formatFileSize(bytes: number, language: Language): string {
  const locales = toIntlLocales(language);
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locales, { maximumFractionDigits: digits }).format(value);
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  if (bytes < KIB) {
    const unit = language === 'en' && bytes !== 1 ? 'bytes' : 'byte';
    return `${number(bytes, 0)}\u00a0${unit}`;
  }
  if (bytes < MIB && Math.round(bytes / KIB) < KIB) return `${number(bytes / KIB, 0)}\u00a0kB`;
  return `${number(bytes / MIB, 1)}\u00a0MB`;
}
