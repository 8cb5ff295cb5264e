import { describe, expect, it } from 'vitest';
import { createT } from '../../src/lib/i18n/translate.ts';
import { messages, pickMessages, tFor } from '../../src/lib/i18n/messages.ts';
import { formatDate, formatMoment, formatNumber, languageName } from '../../src/lib/i18n/format.ts';
import { createLightT } from '../../src/lib/i18n/lightT.ts';
import { locales } from '../../src/lib/i18n/locales.ts';

describe('createT', () => {
  const resources = { 'home.lessons_zero': 'none', 'home.lessons_one': '{{count, number}} lesson', 'home.lessons_other': '{{count, number}} lessons' };

  it('chooses the plural form by Intl.PluralRules, with an explicit zero form', () => {
    const t = createT('en', resources);
    expect(t('home.lessons', { count: 0 })).toBe('none');
    expect(t('home.lessons', { count: 1 })).toBe('1 lesson');
    expect(t('home.lessons', { count: 1234 })).toBe('1,234 lessons');
  });

  it('uses the zero form in Persian too, where the plural rules call 0 "one"', () => {
    const t = tFor('fa');
    expect(t('home.lessons', { count: 0 })).toBe(messages.fa['home.lessons_zero']);
    expect(t('home.lessons', { count: 1 })).toContain('۱');
  });

  it('prints numbers in the locale digits', () => {
    expect(tFor('fa')('lesson.minutes', { count: 12 })).toContain('۱۲');
    expect(tFor('ka')('lesson.minutes', { count: 12 })).toContain('12');
  });

  it('hands an island only the keys it asks for', () => {
    const picked = pickMessages('bg', 'search.');
    expect(Object.keys(picked).length).toBeGreaterThan(3);
    expect(Object.keys(picked).every((k) => k.startsWith('search.'))).toBe(true);
  });
});

describe('format', () => {
  it('formats numbers and dates the way each locale reads them', () => {
    expect(formatNumber('fa', 1234.5)).toBe('۱٬۲۳۴٫۵');
    expect(formatNumber('bg', 1234.5)).toBe('1234,5');
    expect(formatDate('en', '2011-07-12')).toBe('July 12, 2011');
    // Persian readers get the solar calendar: 12 July 2011 is 21 Tir 1390.
    expect(formatDate('fa', '2011-07-12')).toContain('۱۳۹۰');
  });

  it('formats a moment in the locale digits and the zone it is given', () => {
    const nine = Date.UTC(2026, 0, 1, 9);
    expect(formatMoment('fa', nine, { hour: 'numeric', timeZone: 'UTC' })).toContain('۹');
    expect(formatMoment('en', nine, { hour: 'numeric', hour12: false, timeZone: 'Asia/Tbilisi' })).toBe('13');
  });

  it('names a language in the reader language', () => {
    expect(languageName('en', 'ka')).toBe('Georgian');
    expect(languageName('bg', 'fa')).toBe('персийски');
  });
});

describe('createLightT', () => {
  it('gives what i18next gives, for every key of every locale', () => {
    for (const locale of locales) {
      const light = createLightT(locale, messages[locale]);
      const full = tFor(locale);
      const bases = new Set(Object.keys(messages[locale]).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
      for (const key of bases) {
        for (const count of [0, 1, 2, 5, 21, 1234]) {
          const values = { count, done: count, total: count + 1, number: count, query: 'q', author: 'A', language: 'L' };
          expect(light(key, values), `${locale} ${key} ${count}`).toBe(full(key, values));
        }
      }
    }
  });
});
