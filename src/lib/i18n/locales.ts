/** The four locales of the site, in the order the language switcher lists them. */
export const locales = ['en', 'ka', 'fa', 'bg'] as const;
export type Locale = (typeof locales)[number];
export type Direction = 'ltr' | 'rtl';

export const defaultLocale: Locale = 'en';

interface LocaleInfo {
  /** The language's own name for itself, shown in the switcher whatever the page's locale. */
  endonym: string;
  dir: Direction;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { endonym: 'English', dir: 'ltr' },
  ka: { endonym: 'ქართული', dir: 'ltr' },
  fa: { endonym: 'فارسی', dir: 'rtl' },
  bg: { endonym: 'Български', dir: 'ltr' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): Direction {
  return localeInfo[locale].dir;
}
