import { shuffled } from '../shuffle.ts';
import type { QuizQuestion } from './questions.ts';

/** What the learner gave, by question type; ids throughout. */
export type Answer =
  | { type: 'single'; choice?: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'ordering'; order: string[] }
  /** Item id to the category id it was put in. */
  | { type: 'sorting'; placed: Record<string, string> }
  /** Left id to the id of the pair whose right side was chosen for it. */
  | { type: 'matching'; matched: Record<string, string> };

/** How one attempt shows a question: options, items and right-hand sides in a fresh order. */
export interface Presentation {
  order: string[];
}

/**
 * A new order for what the learner picks from. An ordering question never starts in its
 * right order, or there would be nothing to do.
 */
export function present(q: QuizQuestion, random: () => number = Math.random): Presentation {
  const ids = q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => o.id) : q.type === 'matching' ? q.pairs.map((p) => p.id) : q.items.map((i) => i.id);
  let order = shuffled(ids, random);
  if (q.type === 'ordering' && ids.length > 1 && order.every((id, i) => id === ids[i])) order = [...ids.slice(1), ids[0]];
  return { order };
}

/** The answer a question starts with: nothing chosen, or the items in the order shown. */
export function emptyAnswer(q: QuizQuestion, shown: Presentation): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single' };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'ordering':
      return { type: 'ordering', order: [...shown.order] };
    case 'sorting':
      return { type: 'sorting', placed: {} };
    case 'matching':
      return { type: 'matching', matched: {} };
  }
}

/** Whether every part has been answered, so the learner can check it. */
export function isComplete(q: QuizQuestion, a: Answer): boolean {
  if (q.type === 'single' && a.type === 'single') return a.choice !== undefined;
  if (q.type === 'multiple' && a.type === 'multiple') return a.choices.length > 0;
  if (q.type === 'ordering') return true;
  if (q.type === 'sorting' && a.type === 'sorting') return q.items.every((i) => a.placed[i.id]);
  if (q.type === 'matching' && a.type === 'matching') return q.pairs.every((p) => a.matched[p.id]);
  return false;
}

export interface Graded {
  correct: boolean;
  /** Ids of the parts answered wrongly: options, items or left-hand sides. */
  wrong: string[];
}

export function grade(q: QuizQuestion, a: Answer): Graded {
  const result = (wrong: string[]) => ({ correct: wrong.length === 0, wrong });
  switch (q.type) {
    case 'single':
      return result(a.type === 'single' && a.choice === q.answer ? [] : [a.type === 'single' && a.choice ? a.choice : q.answer]);
    case 'multiple': {
      const chosen = a.type === 'multiple' ? a.choices : [];
      return result(q.options.map((o) => o.id).filter((id) => chosen.includes(id) !== q.answers.includes(id)));
    }
    case 'ordering': {
      const order = a.type === 'ordering' ? a.order : [];
      return result(q.items.map((i) => i.id).filter((id, i) => order[i] !== id));
    }
    case 'sorting': {
      const placed = a.type === 'sorting' ? a.placed : {};
      return result(q.items.filter((i) => placed[i.id] !== i.category).map((i) => i.id));
    }
    case 'matching': {
      const matched = a.type === 'matching' ? a.matched : {};
      return result(q.pairs.filter((p) => matched[p.id] !== p.id).map((p) => p.id));
    }
  }
}

/** Moves an item of an ordering answer one place up (-1) or down (+1), staying in bounds. */
export function move(order: string[], id: string, by: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
