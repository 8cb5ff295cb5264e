import { describe, expect, it } from 'vitest';
import { findProblems, type CatalogInput, type PageEntry } from '../../src/lib/content/integrity.ts';
import { locales } from '../../src/lib/i18n/locales.ts';

const text = (s: string) => ({ en: s, ka: s, fa: s, bg: s });

function lesson(locale: string, slug: string, data: Partial<PageEntry['data']> = {}): PageEntry {
  return {
    id: `${locale}/${slug}`,
    filePath: `content/lessons/${locale}/${slug}.mdx`,
    data: { module: 'm1', order: 1, sources: ['s1'], keyTerms: ['t1'], ...data },
  };
}

function catalog(overrides: Partial<CatalogInput> = {}): CatalogInput {
  return {
    sources: [{ id: 's1', seedFile: 'x.txt', language: 'ka', title: 'T', translatedTitle: text('T') }],
    modules: [{ id: 'm1', order: 1, title: text('M') }],
    terms: [{ id: 't1', term: text('t'), definition: text('d') }],
    lessons: locales.map((l) => lesson(l, 'intro')),
    cases: [],
    cardFiles: [],
    quizFiles: [],
    ...overrides,
  };
}

const messagesOf = (input: CatalogInput) => findProblems(input).map((p) => `${p.file}: ${p.message}`);

describe('findProblems', () => {
  it('accepts a consistent catalog', () => {
    expect(findProblems(catalog())).toEqual([]);
  });

  it('names the missing locale of a lesson', () => {
    const problems = messagesOf(catalog({ lessons: ['en', 'ka', 'bg'].map((l) => lesson(l, 'intro')) }));
    expect(problems).toEqual(['content/lessons/en/intro.mdx: has no fa version (content/lessons/fa/intro.mdx)']);
  });

  it('names unknown sources, terms and modules in the file that uses them', () => {
    const lessons = locales.map((l) => lesson(l, 'intro', { sources: ['nope'], keyTerms: ['ghost'], module: 'm9' }));
    const problems = messagesOf(catalog({ lessons }));
    expect(problems).toContain('content/lessons/fa/intro.mdx: unknown source "nope"');
    expect(problems).toContain('content/lessons/fa/intro.mdx: unknown glossary term "ghost"');
    expect(problems).toContain('content/lessons/fa/intro.mdx: unknown module "m9"');
  });

  it('refuses fields that differ between locales of one lesson', () => {
    const lessons = locales.map((l) => lesson(l, 'intro', l === 'bg' ? { order: 2 } : {}));
    expect(messagesOf(catalog({ lessons }))).toContain(
      'content/lessons/bg/intro.mdx: "order" differs from content/lessons/en/intro.mdx; it must be the same in every locale',
    );
  });

  it('refuses repeated ids', () => {
    const c = catalog();
    c.modules.push({ ...c.modules[0] });
    const card = { id: 'c1', type: 'basic' as const, front: text('f'), back: text('b') };
    c.cardFiles = [
      { filePath: 'content/cards/a.json', data: { lesson: 'intro', deck: 'm1', cards: [card] } },
      { filePath: 'content/cards/b.json', data: { lesson: 'intro', deck: 'm1', cards: [card] } },
    ];
    const problems = messagesOf(c);
    expect(problems).toContain('content/modules.json: id "m1" is used more than once');
    expect(problems).toContain('content/cards/b.json: card id "c1" is already used in content/cards/a.json');
  });

  it('refuses a lesson file outside a locale folder, and a card file for an unknown lesson', () => {
    const c = catalog();
    c.lessons.push({ ...lesson('de', 'intro'), id: 'de/intro' });
    c.cardFiles = [{ filePath: 'content/cards/x.json', data: { lesson: 'missing', deck: 'm1', cards: [] } }];
    const problems = messagesOf(c);
    expect(problems).toContain('content/lessons/de/intro.mdx: must live in content/lessons/{en,ka,fa,bg}/');
    expect(problems).toContain('content/cards/x.json: unknown lesson "missing"');
  });
});

describe('cases', () => {
  const decision = (companyChoice: number, n = 3) => ({ companyChoice, options: Array.from({ length: n }, () => ({})) });
  const casePage = (locale: string, data: Partial<PageEntry['data']> = {}): PageEntry => ({
    id: `${locale}/tesla`,
    filePath: `content/cases/${locale}/tesla.mdx`,
    data: { sources: ['s1'], lessons: ['intro'], kind: 'full', decision: decision(2), ...data },
  });

  it('refuses a case whose decision differs between locales, or that cites an unknown lesson', () => {
    const cases = locales.map((l) => casePage(l, l === 'fa' ? { decision: decision(3) } : l === 'ka' ? { lessons: ['nope'] } : {}));
    const problems = messagesOf(catalog({ cases }));
    expect(problems).toContain(
      'content/cases/fa/tesla.mdx: "decision.companyChoice" differs from content/cases/en/tesla.mdx; it must be the same in every locale',
    );
    expect(problems).toContain('content/cases/ka/tesla.mdx: unknown lesson "nope"');
  });
});
