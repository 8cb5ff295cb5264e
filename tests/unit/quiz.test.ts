import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyAnswer, grade, isComplete, move, present } from '../../src/lib/quiz/grade.ts';
import type { QuizQuestion } from '../../src/lib/quiz/questions.ts';
import { openLearnerDb } from '../../src/lib/storage/learnerDb.ts';
import { readQuizResults, recordAttempt } from '../../src/lib/storage/quizResults.ts';

const base = { prompt: 'p', explanation: 'e', href: '/en/lessons/x/#s', cards: [] };
const c = (id: string) => ({ id, text: id.toUpperCase() });
const single: QuizQuestion = { ...base, id: 'q1', type: 'single', options: ['a', 'b', 'c'].map(c), answer: 'b' };
const multiple: QuizQuestion = { ...base, id: 'q2', type: 'multiple', options: ['a', 'b', 'c', 'd'].map(c), answers: ['a', 'c'] };
const ordering: QuizQuestion = { ...base, id: 'q3', type: 'ordering', items: ['x', 'y', 'z'].map(c) };
const sorting: QuizQuestion = {
  ...base,
  id: 'q4',
  type: 'sorting',
  categories: ['k1', 'k2'].map(c),
  items: [{ ...c('i1'), category: 'k1' }, { ...c('i2'), category: 'k2' }, { ...c('i3'), category: 'k1' }],
};
const matching: QuizQuestion = { ...base, id: 'q5', type: 'matching', pairs: ['p1', 'p2', 'p3'].map((id) => ({ id, left: `L${id}`, right: `R${id}` })) };

describe('grading', () => {
  it('single and multiple choice: exactly the right options', () => {
    expect(grade(single, { type: 'single', choice: 'b' })).toEqual({ correct: true, wrong: [] });
    expect(grade(single, { type: 'single', choice: 'a' })).toEqual({ correct: false, wrong: ['a'] });
    expect(grade(multiple, { type: 'multiple', choices: ['a', 'c'] }).correct).toBe(true);
    // A missed right option and a chosen wrong one are both wrong.
    expect(grade(multiple, { type: 'multiple', choices: ['a', 'b'] })).toEqual({ correct: false, wrong: ['b', 'c'] });
  });

  it('ordering, sorting and matching: every part in place', () => {
    expect(grade(ordering, { type: 'ordering', order: ['x', 'y', 'z'] }).correct).toBe(true);
    expect(grade(ordering, { type: 'ordering', order: ['y', 'x', 'z'] }).wrong).toEqual(['x', 'y']);
    expect(grade(sorting, { type: 'sorting', placed: { i1: 'k1', i2: 'k2', i3: 'k2' } }).wrong).toEqual(['i3']);
    expect(grade(matching, { type: 'matching', matched: { p1: 'p1', p2: 'p3', p3: 'p2' } }).wrong).toEqual(['p2', 'p3']);
    expect(grade(matching, { type: 'matching', matched: { p1: 'p1', p2: 'p2', p3: 'p3' } }).correct).toBe(true);
  });

  it('lets the learner check only a complete answer', () => {
    expect(isComplete(single, { type: 'single' })).toBe(false);
    expect(isComplete(sorting, { type: 'sorting', placed: { i1: 'k1', i2: 'k2' } })).toBe(false);
    expect(isComplete(matching, { type: 'matching', matched: { p1: 'p1', p2: 'p2', p3: 'p3' } })).toBe(true);
  });

  it('shuffles what is shown, never starting an ordering question in its right order', () => {
    const identity = () => 0.999; // Fisher-Yates with this keeps the order
    expect(present(single, identity).order).toEqual(['a', 'b', 'c']);
    const shown = present(ordering, identity);
    expect(shown.order).not.toEqual(['x', 'y', 'z']);
    expect(emptyAnswer(ordering, shown)).toEqual({ type: 'ordering', order: shown.order });
    expect(move(['x', 'y', 'z'], 'z', -1)).toEqual(['x', 'z', 'y']);
    expect(move(['x', 'y', 'z'], 'x', -1)).toEqual(['x', 'y', 'z']);
  });
});

describe('quiz results', () => {
  it('keep the best score and the last one', async () => {
    const db = await openLearnerDb('quiz-1');
    await recordAttempt(db, 'l1', 4, 7, new Date(1000));
    await recordAttempt(db, 'l1', 6, 7, new Date(2000));
    const last = await recordAttempt(db, 'l1', 3, 7, new Date(3000));
    expect(last).toEqual({ lessonId: 'l1', best: { score: 6, total: 7, at: 2000 }, last: { score: 3, total: 7, at: 3000 } });
    expect((await readQuizResults(db)).results.get('l1')).toEqual(last);
    db.close();
  });

  it('set a damaged result aside, report it, and start afresh on the next attempt', async () => {
    const db = await openLearnerDb('quiz-2');
    const damaged = { lessonId: 'l2', best: 'all of them' };
    await db.put('quizResults', damaged as never);
    expect(await readQuizResults(db)).toEqual({ results: new Map(), setAside: [damaged] });
    const fresh = await recordAttempt(db, 'l2', 5, 7, new Date(4000));
    expect(fresh.best).toEqual({ score: 5, total: 7, at: 4000 });
    expect(await db.getAll('setAside')).toEqual([{ store: 'quizResults', record: damaged, at: 4000 }]);
    db.close();
  });
});
