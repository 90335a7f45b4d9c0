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
