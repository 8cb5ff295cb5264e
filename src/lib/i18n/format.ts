import type { Locale } from './locales.ts';

/** Numbers in the locale's own digits and separators (Persian: ۱٬۲۳۴). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/**
 * A calendar date in the locale's way. Persian readers expect the solar calendar, which is
 * what Intl gives for 'fa'. Dates without a time are read as UTC so no zone shifts the day.
 */
export function formatDate(locale: Locale, isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
}

/** A moment (a card's due time, when a file was saved) in the reader's own time zone. */
export function formatMoment(locale: Locale, when: Date | number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, options).format(when);
}

/** A language's name in the reader's language: "ka" is "Georgian" in English and "ქართული" in Georgian. */
export function languageName(locale: Locale, language: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
}
