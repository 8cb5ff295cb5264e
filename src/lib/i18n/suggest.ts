import { isLocale, type Locale } from './locales.ts';

export const localeStorageKey = 'loyalty-lab:locale';

/**
 * The locale the chooser at / suggests: the one the reader last used on this site, else the
 * first of the browser's languages the site has ("fa-IR" counts as "fa"), else none.
 */
export function suggestLocale(remembered: unknown, browserLanguages: readonly string[]): Locale | undefined {
  if (isLocale(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}
