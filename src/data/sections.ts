import { render, type CollectionEntry } from 'astro:content';
import { localePath } from '../lib/i18n/paths.ts';
import { splitPageId } from '../lib/content/integrity.ts';
import type { Locale } from '../lib/i18n/locales.ts';

const sectionSlugs = new Map<string, Promise<string[]>>();

/** The ids of a lesson page's "##" headings, in order, as the rendered page has them. */
function sectionsOf(lesson: CollectionEntry<'lessons'>): Promise<string[]> {
  let slugs = sectionSlugs.get(lesson.id);
  if (!slugs) {
    slugs = render(lesson).then(({ headings }) => headings.filter((h) => h.depth === 2).map((h) => h.slug));
    sectionSlugs.set(lesson.id, slugs);
  }
  return slugs;
}

/** The link to a lesson's nth section (from 1), as cards and quiz questions point at it. */
export async function sectionHref(lesson: CollectionEntry<'lessons'>, section: number): Promise<string> {
  const { locale, slug } = splitPageId(lesson.id);
  return `${localePath(locale as Locale, 'lessons', slug)}#${(await sectionsOf(lesson))[section - 1]}`;
}
