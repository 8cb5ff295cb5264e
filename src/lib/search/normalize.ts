import type { Locale } from '../i18n/locales.ts';

/**
 * Pagefind has no stemming for ka, fa and bg and matches characters as they are, so the
 * indexed text and the query are both brought to one form before they meet:
 * - Arabic yeh and kaf (ي ى ك), which Arabic keyboards type, become Persian ی and ک;
 * - the three sets of digits (0-9, Arabic-Indic ٠-٩, Persian ۰-۹) become one set: Persian on
 *   Persian pages, where prose writes them so, and Latin everywhere else.
 * Zero-width non-joiners are kept: pagefind already matches words with and without them.
 */
const letters: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' };

const digitSets = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];

function digitValue(ch: string): number | undefined {
  for (const set of digitSets) {
    const i = set.indexOf(ch);
    if (i !== -1) return i;
  }
  return undefined;
}

export function normalizeSearchText(text: string, locale: Locale): string {
  const target = locale === 'fa' ? digitSets[2] : digitSets[0];
  return text.replace(/[يىك0-9٠-٩۰-۹]/g, (ch) => {
    const letter = letters[ch];
    if (letter) return letter;
    const value = digitValue(ch);
    return value === undefined ? ch : target[value];
  });
}
