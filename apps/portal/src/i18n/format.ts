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
