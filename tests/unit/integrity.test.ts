import { describe, expect, it } from 'vitest';
import { findProblems, questionProblems, type CatalogInput, type PageEntry } from '../../src/lib/content/integrity.ts';
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
    scenarios: [],
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
    const card = { id: 'c1', type: 'basic' as const, section: 1, source: 's1', front: text('f'), back: text('b') };
    c.cardFiles = [
      { filePath: 'content/cards/a.json', data: { lesson: 'intro', cards: [card] } },
      { filePath: 'content/cards/b.json', data: { lesson: 'intro', cards: [card] } },
    ];
    const problems = messagesOf(c);
    expect(problems).toContain('content/modules.json: id "m1" is used more than once');
    expect(problems).toContain('content/cards/b.json: card id "c1" is already used in content/cards/a.json');
  });

  it('refuses a lesson file outside a locale folder, and a card file for an unknown lesson', () => {
    const c = catalog();
    c.lessons.push({ ...lesson('de', 'intro'), id: 'de/intro' });
    c.cardFiles = [{ filePath: 'content/cards/x.json', data: { lesson: 'missing', cards: [] } }];
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

describe('cards and quizzes', () => {
  const withSections = (n: number) => locales.map((l) => lesson(l, 'intro', { sections: n }));
  const basic = (id: string, data: object = {}) => ({ id, type: 'basic' as const, section: 1, source: 's1', front: text('f'), back: text('b'), ...data });
  const single = (data: object = {}) => ({
    id: 'q1',
    type: 'single' as const,
    section: 1,
    cards: ['c1'],
    prompt: text('p'),
    explanation: text('e'),
    options: [{ id: 'a', text: text('a') }, { id: 'b', text: text('b') }, { id: 'c', text: text('c') }],
    answer: 'a',
    ...data,
  });

  it('accepts cards and a quiz that point at real sections, sources and cards', () => {
    const c = catalog({ lessons: withSections(3) });
    c.cardFiles = [{ filePath: 'content/cards/intro.json', data: { lesson: 'intro', cards: [basic('c1')] } }];
    c.quizFiles = [{ filePath: 'content/quizzes/intro.json', data: { lesson: 'intro', questions: [single()] } }];
    expect(messagesOf(c)).toEqual([]);
  });

  it('names a section the lesson lacks, a source it does not cite, and an unknown card', () => {
    const c = catalog({ lessons: withSections(2) });
    c.sources.push({ ...c.sources[0], id: 's2' });
    c.cardFiles = [{ filePath: 'content/cards/intro.json', data: { lesson: 'intro', cards: [basic('c1', { section: 3, source: 's2' })] } }];
    c.quizFiles = [{ filePath: 'content/quizzes/intro.json', data: { lesson: 'intro', questions: [single({ cards: ['ghost'] })] } }];
    expect(messagesOf(c)).toEqual([
      'content/cards/intro.json: card "c1" points at section 3, but the lesson has 2',
      'content/cards/intro.json: card "c1" cites "s2", which is not one of its lesson\'s sources (s1)',
      'content/quizzes/intro.json: question "q1" names unknown card "ghost"',
    ]);
  });

  it('refuses lessons whose locales have different sections', () => {
    const lessons = locales.map((l) => lesson(l, 'intro', { sections: l === 'fa' ? 4 : 5 }));
    expect(messagesOf(catalog({ lessons }))).toContain(
      'content/lessons/fa/intro.mdx: "sections" differs from content/lessons/en/intro.mdx; it must be the same in every locale',
    );
  });

  it('checks the ids inside a question', () => {
    const t = text('x');
    expect(questionProblems(single({ answer: 'z' }))).toEqual(['answer "z" is not one of its options']);
    const multiple = { ...single(), type: 'multiple' as const, answers: ['a', 'b', 'c'] };
    expect(questionProblems(multiple)).toEqual(['needs at least one wrong option']);
    const { options: _o, answer: _a, ...common } = single();
    const sorting = {
      ...common,
      type: 'sorting' as const,
      categories: [{ id: 'k1', label: t }, { id: 'k2', label: t }],
      items: [{ id: 'i1', text: t, category: 'k1' }, { id: 'i1', text: t, category: 'k9' }],
    };
    expect(questionProblems(sorting)).toEqual([
      'repeats an option id',
      'puts "i1" in unknown category "k9"',
      'has nothing in category "k2"',
    ]);
  });
});
