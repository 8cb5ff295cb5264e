import i18next, { type TFunction } from 'i18next';
import type { Locale } from './locales.ts';
import type { Messages } from './messages.ts';

/**
 * The build-time t() of one locale: Astro pages render every string through it. (Islands use
 * the small createLightT, held to this one's output by a test.) Keys are flat ("search.label"), so
 * i18next's key and namespace separators are off. Plurals go through Intl.PluralRules, and
 * `{{count, number}}` through Intl.NumberFormat, so Persian gets Persian digits.
 */
export function createT(locale: Locale, resources: Partial<Messages>): TFunction {
  const instance = i18next.createInstance();
  instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: resources } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
