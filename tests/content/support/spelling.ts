import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

const require = createRequire(import.meta.url);

/** Words of the locale's own script; names and terms in other scripts are left to their own locale. */
const wordPattern: Record<Locale, RegExp> = {
  en: /[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)*/g,
  ka: /[\u10D0-\u10FF]+/g,
  // Persian letters, the non-joiner, and harakat (U+064B-0655) so that بُعد stays one word.
  fa: /[\u0621-\u0655\u067E\u0686\u0698\u06A9\u06AF\u06CC\u200C]+/g,
  bg: /[\u0400-\u04FF]+(?:-[\u0400-\u04FF]+)*/g,
};

/** The reviewed list of a locale: names, terms of the field, and forms the dictionary lacks. */
export function allowedWords(locale: Locale): Set<string> {
  const text = readFileSync(`tests/content/allowed-words/${locale}.txt`, 'utf8');
  return new Set(text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
}

/** A function that returns the words of a text that neither the dictionary nor the list knows. */
export function spellChecker(locale: Locale): (text: string) => string[] {
  const dir = dirname(require.resolve(`dictionary-${locale}`));
  const spell = nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
  const allowed = allowedWords(locale);
  const known = (word: string): boolean => {
    if (allowed.has(word) || allowed.has(word.toLowerCase()) || spell.correct(word)) return true;
    // Persian writes affixes apart with a zero-width non-joiner (می‌کند, داده‌ها), Bulgarian
    // joins comparatives with a hyphen (по-голям): such a word is known when its parts are.
    const joiner = locale === 'fa' ? '\u200c' : locale === 'bg' ? '-' : undefined;
    if (joiner && word.includes(joiner)) {
      if (spell.correct(word.replaceAll(joiner, ''))) return true;
      return word.split(joiner).every((part) => !part || part.length < 2 || known(part));
    }
    return false;
  };
  return (text) => {
    const unknown = new Set<string>();
    for (const [match] of text.matchAll(wordPattern[locale])) {
      // Persian vowel marks and the ezafe hamza (بُعد, خانهٔ) are read past: the dictionary lists bare words.
      const word = match.replace(/[\u064B-\u0655]/g, '').replace(/^[\u200c-]+|[\u200c-]+$/g, '');
      if (word.length > 1 && !known(word)) unknown.add(word);
    }
    return [...unknown].sort();
  };
}
