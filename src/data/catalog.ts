import { getCollection, type CollectionEntry } from 'astro:content';
import { findProblems, splitPageId } from '../lib/content/integrity.ts';
import type { Term } from '../lib/content/schemas.ts';
import type { Locale } from '../lib/i18n/locales.ts';

/**
 * All content, read once and checked as a whole. Every page gets its content from here, so a
 * broken reference fails the build with the file and the problem named, whatever page is
 * built first.
 */
export interface Catalog {
  sources: CollectionEntry<'sources'>['data'][];
  modules: CollectionEntry<'modules'>['data'][];
  terms: Term[];
  lessons: CollectionEntry<'lessons'>[];
  cases: CollectionEntry<'cases'>[];
  cardFiles: CollectionEntry<'cards'>[];
  quizFiles: CollectionEntry<'quizzes'>[];
  scenarios: CollectionEntry<'scenarios'>[];
}

let loaded: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  loaded ??= read();
  return loaded;
}

async function read(): Promise<Catalog> {
  const data = <T extends { data: unknown }>(entries: T[]) => entries.map((e) => e.data as T['data']);
  const catalog: Catalog = {
    sources: data(await getCollection('sources')),
    modules: data(await getCollection('modules')).sort((a, b) => a.order - b.order),
    terms: (await getCollection('glossary')).map((e) => ({ id: e.id, ...e.data })),
    lessons: await getCollection('lessons'),
    cases: await getCollection('cases'),
    cardFiles: await getCollection('cards'),
    quizFiles: await getCollection('quizzes'),
    scenarios: (await getCollection('scenarios')).sort((a, b) => a.data.order - b.data.order),
  };
  const withPath = <T extends { filePath?: string; data: unknown }>(entries: T[]) =>
    entries.map((e) => ({ ...e, filePath: e.filePath ?? '(unknown file)' }));
  const problems = findProblems({
    ...catalog,
    lessons: withPath(catalog.lessons).map((l) => ({ ...l, data: { ...l.data, sections: sectionCount(l.body) } })),
    cases: withPath(catalog.cases),
    cardFiles: withPath(catalog.cardFiles),
    quizFiles: withPath(catalog.quizFiles),
    scenarios: withPath(catalog.scenarios),
  });
  if (problems.length) {
    throw new Error(`Content problems:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`);
  }
  return catalog;
}

/** Level-2 headings of an MDX body: the sections cards and questions point at by number. */
export const sectionCount = (body = '') => body.match(/^## /gm)?.length ?? 0;

/** The slug part of a lesson or case id ("fa/x" is "x"). */
export const slugOf = (entry: { id: string }) => splitPageId(entry.id).slug;

export function inLocale<T extends { id: string }>(entries: T[], locale: Locale): T[] {
  return entries.filter((e) => splitPageId(e.id).locale === locale);
}

/** A module's lessons in one locale, in order. */
export function lessonsOfModule(catalog: Catalog, locale: Locale, moduleId: string) {
  return inLocale(catalog.lessons, locale)
    .filter((l) => l.data.module === moduleId)
    .sort((a, b) => a.data.order - b.data.order);
}
