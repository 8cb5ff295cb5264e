import type { CollectionEntry } from 'astro:content';
import { questionIn, type QuizQuestion } from '../lib/quiz/questions.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { Catalog } from './catalog.ts';
import { sectionHref } from './sections.ts';

/** A lesson's quiz in the lesson's locale, each question linked to the section that teaches it. */
export async function quizOf(catalog: Catalog, lesson: CollectionEntry<'lessons'>, locale: Locale, lessonId: string): Promise<QuizQuestion[]> {
  const file = catalog.quizFiles.find((f) => f.data.lesson === lessonId);
  if (!file) return [];
  return Promise.all(file.data.questions.map(async (q) => questionIn(q, locale, await sectionHref(lesson, q.section))));
}
