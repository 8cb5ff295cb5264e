import { describe, expect, it } from 'vitest';
import { suggestLocale } from '../../src/lib/i18n/suggest.ts';

describe('suggestLocale', () => {
  it('prefers the locale the reader chose before', () => {
    expect(suggestLocale('bg', ['fa-IR'])).toBe('bg');
  });
  it('otherwise takes the first browser language the site has', () => {
    expect(suggestLocale(null, ['de-DE', 'fa-IR', 'en'])).toBe('fa');
    expect(suggestLocale('xx', ['KA'])).toBe('ka');
  });
  it('suggests nothing when no language matches', () => {
    expect(suggestLocale(null, ['de', 'fr-CA'])).toBeUndefined();
  });
});
