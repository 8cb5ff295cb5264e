import type { Locale } from './locales.ts';
import type { Messages } from './messages.ts';

export type LightT = (key: string, values?: Record<string, string | number>) => string;

/**
 * The subset of i18next's t() the islands use, without shipping i18next (15 KB gzip) to the
 * browser: `{{name}}` and `{{name, number}}` interpolation and count plurals with i18next's
 * suffixes (`_zero` first when the count is 0, then the Intl.PluralRules category).
 * A unit test holds it to i18next's output for every key of every locale.
 */
export function createLightT(locale: Locale, messages: Partial<Messages>): LightT {
  const table = messages as Record<string, string | undefined>;
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, values = {}) => {
    let template = table[key];
    if (typeof values.count === 'number') {
      const count = values.count;
      template = (count === 0 ? table[`${key}_zero`] : undefined) ?? table[`${key}_${rules.select(count)}`] ?? table[`${key}_other`] ?? template;
    }
    if (template === undefined) return key;
    return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(number))?\s*\}\}/g, (whole, name: string, format?: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return format === 'number' && typeof value === 'number' ? number.format(value) : String(value);
    });
  };
}
