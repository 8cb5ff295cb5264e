import { locales } from '../lib/i18n/locales.ts';

/** getStaticPaths for a page that exists once per locale. */
export function eachLocale() {
  return locales.map((locale) => ({ params: { locale } }));
}
