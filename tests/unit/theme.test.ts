import { describe, expect, it } from 'vitest';
import { effectiveTheme, flippedTheme, parseThemePreference } from '../../src/lib/theme.ts';
import { readSetting, writeSetting, type KeyValueStore } from '../../src/lib/browserSettings.ts';

describe('theme', () => {
  it('follows the system until the reader chooses', () => {
    expect(effectiveTheme(parseThemePreference(null), true)).toBe('dark');
    expect(effectiveTheme(parseThemePreference('garbage'), false)).toBe('light');
    expect(effectiveTheme(parseThemePreference('light'), true)).toBe('light');
    expect(flippedTheme('light')).toBe('dark');
  });
});

describe('browser settings', () => {
  const memory = (): KeyValueStore => {
    const data = new Map<string, string>();
    return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  };
  const broken: KeyValueStore = {
    getItem: () => { throw new Error('SecurityError'); },
    setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
    removeItem: () => { throw new Error('SecurityError'); },
  };

  it('reads back what it wrote and forgets on null', () => {
    const store = memory();
    expect(writeSetting('k', 'dark', store)).toBe(true);
    expect(readSetting('k', store)).toBe('dark');
    writeSetting('k', null, store);
    expect(readSetting('k', store)).toBeNull();
  });

  it('reports, and does not throw, when storage refuses', () => {
    expect(writeSetting('k', 'dark', broken)).toBe(false);
    expect(readSetting('k', broken)).toBeNull();
  });
});
