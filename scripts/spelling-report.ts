/**
 * Lists, a locale at a time, every word of the site's prose that the spelling dictionary and
 * the reviewed allowed list do not know, with how often it occurs. For reviewing new content:
 * fix the typos, add the real names and terms to tests/content/allowed-words/{locale}.txt.
 */
import { locales } from '../src/lib/i18n/locales.ts';
import { proseOf } from '../tests/content/support/prose.ts';
import { spellChecker } from '../tests/content/support/spelling.ts';

for (const locale of process.argv.length > 2 ? process.argv.slice(2) : locales) {
  if (!(locales as readonly string[]).includes(locale)) continue;
  const unknownWords = spellChecker(locale as (typeof locales)[number]);
  const where = new Map<string, Set<string>>();
  for (const { file, text } of proseOf(locale as (typeof locales)[number])) {
    for (const word of unknownWords(text)) where.set(word, (where.get(word) ?? new Set()).add(file.split('/').pop()!));
  }
  console.log(`\n# ${locale}: ${where.size} unknown words`);
  for (const [word, files] of [...where].sort()) console.log(`${word}\t${[...files].join(', ')}`);
}
