import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import { messages, messagesSchema } from '../../src/lib/i18n/messages.ts';
import { locales } from '../../src/lib/i18n/locales.ts';

const keys = new Set(Object.keys(en));
const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** Every key the code asks for: t('x'), m['x'], messages[l]['x'], and t(`x.${y}`) as a prefix. */
function keysUsedInCode(): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro|svelte)$/.test(f));
  for (const file of files) {
    const code = readFileSync(join('src', file), 'utf8');
    for (const [, key] of code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) exact.add(key);
    for (const [, key] of code.matchAll(/\]\[\s*'([a-zA-Z0-9_.]+)'\s*\]/g)) exact.add(key);
    for (const [, key] of code.matchAll(/\bm\[\s*'([a-zA-Z0-9_.]+)'\s*\]/g)) exact.add(key);
    for (const [, prefix] of code.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\$\{/g)) prefixes.add(prefix);
  }
  return { exact, prefixes };
}

describe('translation files', () => {
  it.each(locales)('%s has every key of en, none empty and none extra', (locale) => {
    const data = JSON.parse(readFileSync(`src/translations/${locale}.json`, 'utf8'));
    expect(messagesSchema.safeParse(data).success).toBe(true);
  });

  it('the schema catches a missing, an empty and an unknown key', () => {
    const { ['nav.home']: _dropped, ...missing } = en;
    expect(messagesSchema.safeParse(missing).success).toBe(false);
    expect(messagesSchema.safeParse({ ...en, 'nav.home': '  ' }).success).toBe(false);
    expect(messagesSchema.safeParse({ ...en, 'nav.homee': 'x' }).success).toBe(false);
  });

  it.each(locales)('%s keeps every placeholder of en', (locale) => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{[^}]+\}\}/g)].map((m) => m[0]).sort();
    for (const key of keys) {
      const k = key as keyof typeof en;
      expect(placeholders(messages[locale][k]), `${locale}: ${key}`).toEqual(placeholders(en[k]));
    }
  });

  it('every key the code uses exists', () => {
    const { exact, prefixes } = keysUsedInCode();
    expect(exact.size).toBeGreaterThan(20);
    const exists = (key: string) => keys.has(key) || pluralSuffixes.some((s) => keys.has(key + s));
    expect([...exact].filter((k) => !exists(k))).toEqual([]);
    expect([...prefixes].filter((p) => ![...keys].some((k) => k.startsWith(p)))).toEqual([]);
  });
});
