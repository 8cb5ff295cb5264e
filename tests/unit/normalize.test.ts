import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locales } from '../../src/lib/i18n/locales.ts';
import { normalizeSearchText } from '../../src/lib/search/normalize.ts';

describe('normalizeSearchText', () => {
  it('turns Arabic yeh and kaf into their Persian forms', () => {
    expect(normalizeSearchText('مشتري', 'fa')).toBe('مشتری');
    expect(normalizeSearchText('كسب‌وكار', 'fa')).toBe('کسب‌وکار');
    expect(normalizeSearchText('مصطفى', 'fa')).toBe('مصطفی');
  });

  it('writes digits in Persian on Persian pages and in Latin elsewhere', () => {
    expect(normalizeSearchText('2011 و ٢٠١١', 'fa')).toBe('۲۰۱۱ و ۲۰۱۱');
    expect(normalizeSearchText('۵ пъти', 'bg')).toBe('5 пъти');
    expect(normalizeSearchText('5-ჯერ', 'ka')).toBe('5-ჯერ');
  });

  it('keeps the zero-width non-joiner', () => {
    expect(normalizeSearchText('می‌کند', 'fa')).toBe('می‌کند');
  });

  it('is idempotent and keeps the length, so offsets in excerpts still line up', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(...locales), (text, locale) => {
        const once = normalizeSearchText(text, locale);
        expect(normalizeSearchText(once, locale)).toBe(once);
        expect(once.length).toBe(text.length);
      }),
    );
  });

  it('makes a query typed on an Arabic keyboard equal to the Persian text', () => {
    expect(normalizeSearchText('مشتريان ٥', 'fa')).toBe(normalizeSearchText('مشتریان ۵', 'fa'));
  });
});
