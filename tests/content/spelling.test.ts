import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales.ts';
import { proseOf } from './support/prose.ts';
import { spellChecker } from './support/spelling.ts';

// A word the dictionary does not know is either a typo (fix the text) or a reviewed name or
// term (add it to tests/content/allowed-words/{locale}.txt). `node scripts/spelling-report.ts`
// lists them all at once.
describe.each(locales)('spelling in %s', (locale) => {
  const unknownWords = spellChecker(locale);
  it.each(proseOf(locale).map((p) => [p.file, p.text]))('%s', (_file, text) => {
    expect(unknownWords(text)).toEqual([]);
  });

  it('catches a misspelt word', () => {
    const sample = { en: 'The custmer is loyal.', ka: 'მომხმარებელი ერთგულიიი', fa: 'مشتریییی وفادار است', bg: 'Клиентъттт е лоялен.' }[locale];
    expect(unknownWords(sample).length).toBeGreaterThan(0);
  });
});
