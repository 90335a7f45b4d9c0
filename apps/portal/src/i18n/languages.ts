// Pure language helpers (no DOM access) so they can be unit tested in node.

export const languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nb';

/** The `Language` enum value the gateway expects. */
export type GraphQLLanguage = 'NB' | 'NN' | 'EN';

export const storageKey = 'klageportal.lang';

const locales: Readonly<Record<Language, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

// Browsers with reduced ICU data (e.g. Chromium) lack nn-NO; Intl then picks the next supported locale
// instead of silently falling back to the browser default (which would format 4000 as "4,000").
const localeChains: Readonly<Record<Language, readonly string[]>> = {
  nb: ['nb-NO', 'no'],
  nn: ['nn-NO', 'nb-NO', 'no'],
  en: ['en-GB'],
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function toLocale(language: Language): string {
  return locales[language];
}

/** Locales to hand to `Intl` constructors, best first. */
export function toIntlLocales(language: Language): string[] {
  return [...localeChains[language]];
}

export function toGraphQLLanguage(language: Language): GraphQLLanguage {
  return language.toUpperCase() as GraphQLLanguage;
}

/** `?lang=` in the URL wins over the stored choice, which wins over the default (bokmål). */
export function resolveInitialLanguage(search: string, stored: string | null): Language {
  const fromUrl = new URLSearchParams(search).get('lang')?.trim().toLowerCase();
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(stored)) return stored;
  return defaultLanguage;
}
