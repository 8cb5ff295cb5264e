import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Persian text of the site: the fa translation file, fa content pages, and fa fields of data files. */
function persianTexts(): { file: string; text: string }[] {
  const texts = [{ file: 'src/translations/fa.json', text: readFileSync('src/translations/fa.json', 'utf8') }];
  for (const file of readdirSync('content', { recursive: true, encoding: 'utf8' })) {
    const path = join('content', file);
    if (/(^|\/)fa\/.*\.mdx$/.test(file)) texts.push({ file: path, text: readFileSync(path, 'utf8') });
    if (file.endsWith('.json')) {
      const fa: string[] = [];
      JSON.stringify(JSON.parse(readFileSync(path, 'utf8')), (key, value) => {
        if (key === 'fa' && typeof value === 'string') fa.push(value);
        return value;
      });
      texts.push({ file: path, text: fa.join('\n') });
    }
  }
  return texts;
}

// The joined forms the Persian source uses: a prefix or suffix written onto its word with no
// zero-width non-joiner (U+200C) between them.
const joinedForms = [
  /(?<![\p{L}\u200c])می(?:کن|شو|تو|ده|گیر|باش|خواه|دان|رو|آی|آور|گوی|ساز|بین|یاب|پرداز|رس)/u,
  /(?<![\p{L}\u200c])نمی(?:کن|شو|تو|ده|گیر|باش|خواه|دان)/u,
];
// Plural -ها joins the word before it only after a letter that connects leftwards; after
// ا د ذ ر ز ژ و it stands apart by itself and needs no non-joiner (کارها, سودها).
const joinedPlural = /[بپتثجچحخسشصضطظعغفقکگلمنهیئ]ها(?:ی|یی)?$/u;
// Words ending in ها that are not plurals, alone or after a prefix (به‌تنهایی).
const notPlurals = /(?:^|\u200c)(?:تنها|تنهایی|بها|رها|میدان)$/u;

describe('Persian orthography', () => {
  const texts = persianTexts();

  it('finds the Persian text to check', () => {
    expect(texts.some((t) => t.file.endsWith('.mdx'))).toBe(true);
  });

  it.each(texts.map((t) => [t.file, t.text]))('%s uses Persian ی and ک, never Arabic ي or ك', (_file, text) => {
    expect(text.match(/[يك]/g) ?? []).toEqual([]);
  });

  it.each(texts.map((t) => [t.file, t.text]))('%s writes the zero-width non-joiner, not joined forms', (_file, text) => {
    const found: string[] = [];
    for (const word of text.split(/[\s،؛.:!؟«»()\[\]"*-]+/u)) {
      if (notPlurals.test(word)) continue;
      if (joinedForms.some((re) => re.test(word)) || joinedPlural.test(word)) found.push(word);
    }
    expect(found).toEqual([]);
  });

  it.each(texts.filter((t) => t.file.endsWith('.mdx')).map((t) => [t.file, t.text]))('%s writes numbers in prose with Persian digits', (_file, text) => {
    // Markdown's own list markers (1. 2.) are not prose: the page shows them in Persian digits.
    const body = text.replace(/^---[\s\S]*?---/, '').replace(/^\s*\d+\.\s/gm, '');
    expect(body.match(/[0-9]+/g) ?? []).toEqual([]);
  });

  it('the check catches the forms the source uses', () => {
    const sample = 'شرکتها میتوانند داراییهای خود را حفظ کنند و میکند';
    const words = sample.split(/\s+/).filter((w) => joinedForms.some((re) => re.test(w)) || joinedPlural.test(w));
    expect(words).toEqual(['شرکتها', 'میتوانند', 'داراییهای', 'میکند']);
    expect(['کارها', 'سودهایی', 'شرکت‌ها', 'می‌کند', 'تنها'].filter((w) => !notPlurals.test(w) && (joinedForms.some((re) => re.test(w)) || joinedPlural.test(w)))).toEqual([]);
  });
});
