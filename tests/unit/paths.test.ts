import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locales } from '../../src/lib/i18n/locales.ts';
import { localeOfPath, localePath, switchLocalePath } from '../../src/lib/i18n/paths.ts';

describe('localePath', () => {
  it('puts every page under its locale with a trailing slash', () => {
    expect(localePath('fa')).toBe('/fa/');
    expect(localePath('ka', 'lessons', 'loyalty-pyramid')).toBe('/ka/lessons/loyalty-pyramid/');
    expect(localePath('bg', '/glossary/')).toBe('/bg/glossary/');
  });
});

describe('switchLocalePath', () => {
  it('keeps the page, its query and its fragment', () => {
    expect(switchLocalePath('/en/lessons/x/', 'fa')).toBe('/fa/lessons/x/');
    expect(switchLocalePath('/fa/search/?q=CRM#top', 'bg')).toBe('/bg/search/?q=CRM#top');
    expect(switchLocalePath('/en/glossary/#relationship-marketing', 'ka')).toBe('/ka/glossary/#relationship-marketing');
  });

  it('sends a path outside the locales to the locale home', () => {
    expect(switchLocalePath('/', 'fa')).toBe('/fa/');
    expect(switchLocalePath('/nowhere/', 'ka')).toBe('/ka/');
  });

  it('round-trips through any locale back to the same path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.constantFrom(...locales), fc.array(segment, { maxLength: 3 }), (from, to, rest) => {
        const path = localePath(from, ...rest);
        const there = switchLocalePath(path, to);
        expect(localeOfPath(there)).toBe(to);
        expect(switchLocalePath(there, from)).toBe(path);
      }),
    );
  });
});
