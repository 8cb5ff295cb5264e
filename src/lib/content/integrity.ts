import { isLocale, locales } from '../i18n/locales.ts';
import type { CardFile, Module, Question, QuizFile, Scenario, Source, Term } from './schemas.ts';
import { scenarioProblems } from '../scenarios/graph.ts';

/** One MDX page of a collection, as the content layer read it. */
export interface PageEntry {
  /** "en/relationship-vs-transaction-marketing": the locale folder, then the slug. */
  id: string;
  filePath: string;
  data: {
    module?: string;
    order?: number;
    sources: string[];
    keyTerms?: string[];
    lessons?: string[];
    kind?: string;
    decision?: { companyChoice: number; options: unknown[] };
    /** How many "##" sections the page has: cards and questions point at them by number. */
    sections?: number;
  };
}

export interface DataFile<T> {
  filePath: string;
  data: T;
}

export interface CatalogInput {
  sources: Source[];
  modules: Module[];
  terms: Term[];
  lessons: PageEntry[];
  cases: PageEntry[];
  cardFiles: DataFile<CardFile>[];
  quizFiles: DataFile<QuizFile>[];
  scenarios: DataFile<Scenario>[];
}

export interface Problem {
  file: string;
  message: string;
}

export function splitPageId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

/**
 * Everything the schemas cannot see on their own: a page missing in a locale, an id used
 * twice, a reference to a source, module, term or lesson that does not exist, and fields
 * that must not differ between the locales of one page.
 */
export function findProblems(input: CatalogInput): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, message: string) => problems.push({ file, message });

  const sourceIds = uniqueIds('content/sources.json', input.sources, report);
  const moduleIds = uniqueIds('content/modules.json', input.modules, report);
  const termIds = new Set(input.terms.map((t) => t.id));

  const lessonSlugs = checkPages('lessons', input.lessons, report);
  const caseSlugs = checkPages('cases', input.cases, report);

  for (const page of [...input.lessons, ...input.cases]) {
    for (const id of page.data.sources) if (!sourceIds.has(id)) report(page.filePath, `unknown source "${id}"`);
    for (const id of page.data.keyTerms ?? []) if (!termIds.has(id)) report(page.filePath, `unknown glossary term "${id}"`);
    for (const id of page.data.lessons ?? []) if (!lessonSlugs.has(id)) report(page.filePath, `unknown lesson "${id}"`);
    if (page.data.module !== undefined && !moduleIds.has(page.data.module))
      report(page.filePath, `unknown module "${page.data.module}"`);
  }

  const seenPlace = new Map<string, string>();
  for (const page of input.lessons) {
    const { locale } = splitPageId(page.id);
    const place = `${locale} ${page.data.module} ${page.data.order}`;
    const other = seenPlace.get(place);
    if (other) report(page.filePath, `has the same module and order as ${other}`);
    else seenPlace.set(place, page.filePath);
  }

  const lessonsBySlug = new Map(input.lessons.map((l) => [splitPageId(l.id).slug, l.data]));
  const cardIds = new Map<string, string>();
  for (const file of input.cardFiles) {
    const lesson = lessonsBySlug.get(file.data.lesson);
    if (!lesson) report(file.filePath, `unknown lesson "${file.data.lesson}"`);
    for (const card of file.data.cards) {
      claim(cardIds, card.id, file.filePath, 'card', report);
      if (lesson) checkSectionAndSource(file.filePath, `card "${card.id}"`, card, lesson, report);
    }
  }
  const questionIds = new Map<string, string>();
  const quizLessons = new Map<string, string>();
  for (const file of input.quizFiles) {
    const lesson = lessonsBySlug.get(file.data.lesson);
    if (!lesson) report(file.filePath, `unknown lesson "${file.data.lesson}"`);
    claim(quizLessons, file.data.lesson, file.filePath, 'quiz for lesson', report);
    for (const q of file.data.questions) {
      const where = `question "${q.id}"`;
      claim(questionIds, q.id, file.filePath, 'question', report);
      if (lesson) checkSectionAndSource(file.filePath, where, q, lesson, report);
      for (const id of q.cards) if (!cardIds.has(id)) report(file.filePath, `${where} names unknown card "${id}"`);
      for (const message of questionProblems(q)) report(file.filePath, `${where} ${message}`);
    }
  }
  for (const file of input.scenarios) {
    for (const id of file.data.lessons) if (!lessonSlugs.has(id)) report(file.filePath, `unknown lesson "${id}"`);
    for (const id of file.data.cases) if (!caseSlugs.has(id)) report(file.filePath, `unknown case "${id}"`);
    for (const message of scenarioProblems(file.data)) report(file.filePath, message);
  }
  return problems;
}

type Report = (file: string, message: string) => void;

function uniqueIds(file: string, items: { id: string }[], report: Report): Set<string> {
  const ids = new Set<string>();
  for (const { id } of items) {
    if (ids.has(id)) report(file, `id "${id}" is used more than once`);
    ids.add(id);
  }
  return ids;
}

function checkSectionAndSource(
  file: string,
  where: string,
  item: { section: number; source?: string },
  lesson: PageEntry['data'],
  report: Report,
) {
  if (lesson.sections !== undefined && item.section > lesson.sections)
    report(file, `${where} points at section ${item.section}, but the lesson has ${lesson.sections}`);
  if (item.source !== undefined && !lesson.sources.includes(item.source))
    report(file, `${where} cites "${item.source}", which is not one of its lesson's sources (${lesson.sources.join(', ')})`);
}

/** What a question's own ids must agree on: answers among the options, items in a category. */
export function questionProblems(q: Question): string[] {
  const problems: string[] = [];
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  const listed = 'options' in q ? ids(q.options) : 'items' in q ? ids(q.items) : ids(q.pairs);
  if (new Set(listed).size !== listed.length) problems.push('repeats an option id');
  if (q.type === 'single' && !listed.includes(q.answer)) problems.push(`answer "${q.answer}" is not one of its options`);
  if (q.type === 'multiple') {
    for (const a of q.answers) if (!listed.includes(a)) problems.push(`answer "${a}" is not one of its options`);
    if (q.answers.length >= q.options.length) problems.push('needs at least one wrong option');
  }
  if (q.type === 'sorting') {
    const categories = ids(q.categories);
    for (const item of q.items)
      if (!categories.includes(item.category)) problems.push(`puts "${item.id}" in unknown category "${item.category}"`);
    for (const c of categories) if (!q.items.some((i) => i.category === c)) problems.push(`has nothing in category "${c}"`);
  }
  return problems;
}

function claim(seen: Map<string, string>, id: string, file: string, what: string, report: Report) {
  const first = seen.get(id);
  if (first) report(file, `${what} id "${id}" is already used in ${first}`);
  else seen.set(id, file);
}

/** Checks one MDX collection; returns the slugs it holds. */
function checkPages(collection: string, pages: PageEntry[], report: Report): Set<string> {
  const bySlug = new Map<string, Map<string, PageEntry>>();
  for (const page of pages) {
    const { locale, slug } = splitPageId(page.id);
    if (!isLocale(locale) || !slug) {
      report(page.filePath, `must live in content/${collection}/{${locales.join(',')}}/`);
      continue;
    }
    const group = bySlug.get(slug) ?? new Map<string, PageEntry>();
    group.set(locale, page);
    bySlug.set(slug, group);
  }
  for (const [slug, group] of bySlug) {
    const missing = locales.filter((l) => !group.has(l));
    const [reference] = group.values();
    if (missing.length) report(reference.filePath, `has no ${missing.join(', ')} version (content/${collection}/${missing[0]}/${slug}.mdx)`);
    for (const page of group.values()) {
      for (const [field, value] of Object.entries(sharedFields(page))) {
        if (JSON.stringify(value) !== JSON.stringify(sharedFields(reference)[field]))
          report(page.filePath, `"${field}" differs from ${reference.filePath}; it must be the same in every locale`);
      }
    }
  }
  return new Set(bySlug.keys());
}

/** What one page must share with its other locales: ids, numbers, structure; never text. */
function sharedFields({ data }: PageEntry): Record<string, unknown> {
  return {
    module: data.module,
    order: data.order,
    sources: data.sources,
    keyTerms: data.keyTerms,
    lessons: data.lessons,
    kind: data.kind,
    'decision.companyChoice': data.decision?.companyChoice,
    'decision.options': data.decision?.options.length,
    sections: data.sections,
  };
}
