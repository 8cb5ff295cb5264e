import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales.ts';
import { mdxProse } from './support/prose.ts';

/** The sixteen lessons of the curriculum, each in every locale. */
const curriculum = [
  'customer-service-as-marketing',
  'customer-oriented-service',
  'relationship-vs-transaction-marketing',
  'relationship-levels-and-bonds',
  'crm-and-omni-channel',
  'loyalty-pyramid',
  'binding-through-product-policy',
  'customer-value-and-service-quality',
  'the-five-service-gaps',
  'service-blueprint-and-contact-points',
  'service-recovery-system',
  'justice-in-recovery',
  'marketing-strategy-in-business-strategy',
  'growing-market-share',
  'seven-steps-to-new-customers',
  'the-customer-is-not-always-right',
];

const lessons = locales.flatMap((locale) =>
  readdirSync(join('content/lessons', locale)).map((name) => ({
    locale,
    slug: name.replace(/\.mdx$/, ''),
    source: readFileSync(join('content/lessons', locale, name), 'utf8'),
  })),
);

describe('the curriculum', () => {
  it.each(locales)('%s has all sixteen lessons', (locale) => {
    expect(lessons.filter((l) => l.locale === locale).map((l) => l.slug).sort()).toEqual([...curriculum].sort());
  });
});

describe.each(lessons.map((l) => [`${l.locale}/${l.slug}`, l] as const))('%s', (_name, lesson) => {
  const body = lesson.source.replace(/^---[\s\S]*?---/, '');
  const sections = body.split(/^## /m).slice(1);

  it('teaches in several sections and ends with a three-point summary', () => {
    expect(sections.length).toBeGreaterThanOrEqual(4);
    const last = sections.at(-1)!;
    expect(last.split('\n').filter((line) => /^[-*] /.test(line))).toHaveLength(3);
  });

  it('is a lesson of readable length', () => {
    const words = mdxProse(lesson.source).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(350);
    expect(words).toBeLessThan(1600);
  });

  it('has no title heading of its own (the page shows the title)', () => {
    expect(body).not.toMatch(/^# /m);
  });
});
