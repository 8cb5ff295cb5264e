import type { Locale } from '../i18n/locales.ts';
import type { Question } from '../content/schemas.ts';

/**
 * A quiz question in one locale, as the quiz island gets it: text already chosen, the
 * lesson section it points to resolved to a link. The content's order is the answer where
 * order matters (ordering items, matching pairs); the island shows them shuffled.
 */
interface Base {
  id: string;
  prompt: string;
  explanation: string;
  /** The lesson section that teaches the answer. */
  href: string;
  /** Cards on the same concept: a wrong answer makes them due. */
  cards: string[];
}
export interface Choice {
  id: string;
  text: string;
}

export type QuizQuestion =
  | (Base & { type: 'single'; options: Choice[]; answer: string })
  | (Base & { type: 'multiple'; options: Choice[]; answers: string[] })
  | (Base & { type: 'ordering'; items: Choice[] })
  | (Base & { type: 'sorting'; categories: Choice[]; items: (Choice & { category: string })[] })
  | (Base & { type: 'matching'; pairs: { id: string; left: string; right: string }[] });

export function questionIn(q: Question, locale: Locale, href: string): QuizQuestion {
  const base = { id: q.id, prompt: q.prompt[locale], explanation: q.explanation[locale], href, cards: q.cards };
  const choice = (c: { id: string; text: Record<Locale, string> }) => ({ id: c.id, text: c.text[locale] });
  switch (q.type) {
    case 'single':
      return { ...base, type: q.type, options: q.options.map(choice), answer: q.answer };
    case 'multiple':
      return { ...base, type: q.type, options: q.options.map(choice), answers: q.answers };
    case 'ordering':
      return { ...base, type: q.type, items: q.items.map(choice) };
    case 'sorting':
      return {
        ...base,
        type: q.type,
        categories: q.categories.map((c) => ({ id: c.id, text: c.label[locale] })),
        items: q.items.map((i) => ({ ...choice(i), category: i.category })),
      };
    case 'matching':
      return { ...base, type: q.type, pairs: q.pairs.map((p) => ({ id: p.id, left: p.left[locale], right: p.right[locale] })) };
  }
}
