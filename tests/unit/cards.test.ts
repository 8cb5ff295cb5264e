import { describe, expect, it } from 'vitest';
import { clozeAnswer, clozeParts } from '../../src/lib/cards/cloze.ts';
import { studyCardsOf } from '../../src/lib/cards/studyCards.ts';
import { ankiDeckText } from '../../src/lib/cards/ankiExport.ts';
import { inScope, scopeFromSearch, scopeSearch } from '../../src/lib/cards/scope.ts';
import { answer, knownFirstTime, startRound } from '../../src/lib/cards/practice.ts';
import { matches, stateOf } from '../../src/lib/cards/browse.ts';
import type { Card } from '../../src/lib/content/schemas.ts';

const text = (en: string, fa = en) => ({ en, ka: en, fa, bg: en });
const base = { section: 1, source: 's1' };
const reversible: Card = { ...base, id: 'bond', type: 'reversible', front: text('Structural bond'), back: text('A tie built into how the customer works') };
const cloze: Card = { ...base, id: 'bonds', type: 'cloze', text: text('Bonds: {{financial}} & {{social}}', 'پیوندها: {{مالی}}'), extra: text('From "7 Flashcards"') };
const basic: Card = { ...base, id: 'five-x', type: 'basic', front: text('A new customer costs?'), back: text('5x <keeping> one') };

describe('cloze', () => {
  it('splits a sentence into shown and hidden parts', () => {
    expect(clozeParts('A {{b}} c {{d}}')).toEqual([
      { text: 'A ', hidden: false },
      { text: 'b', hidden: true },
      { text: ' c ', hidden: false },
      { text: 'd', hidden: true },
    ]);
    expect(clozeAnswer('A {{b}} c')).toBe('A b c');
  });
});

describe('study cards', () => {
  it('makes two cards with their own ids from a reversible card, one from the others', () => {
    expect(studyCardsOf(reversible, 'en').map((c) => [c.id, c.kind, c.front])).toEqual([
      ['bond', 'forward', 'Structural bond'],
      ['bond:reverse', 'reverse', 'A tie built into how the customer works'],
    ]);
    expect(studyCardsOf(cloze, 'fa')).toEqual([{ id: 'bonds', cardId: 'bonds', kind: 'cloze', front: 'پیوندها: {{مالی}}', back: 'پیوندها: {{مالی}}', extra: 'From "7 Flashcards"' }]);
    expect(studyCardsOf(basic, 'en')).toHaveLength(1);
  });
});

describe('Anki export', () => {
  const file = ankiDeckText({ deckName: 'Loyalty Lab::Relationship marketing', tags: ['loyalty lab'], notes: [reversible, cloze, basic].map((card) => ({ card, lesson: 'bonds-lesson' })) }, 'en');
  const lines = file.trimEnd().split('\n');

  it('starts with the headers Anki reads', () => {
    expect(lines.slice(0, 8)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype column:1',
      '#guid column:2',
      '#tags column:5',
      '#columns:Note type\tGUID\tFront\tBack\tTags',
      '#deck:Loyalty Lab::Relationship marketing',
      '#tags:loyalty_lab',
    ]);
  });

  it('writes one note a line, five tab-separated fields, HTML escaped, cloze in Anki syntax', () => {
    const notes = lines.slice(8).map((l) => l.split('\t'));
    expect(notes.every((fields) => fields.length === 5)).toBe(true);
    expect(notes[0]).toEqual(['Basic (and reversed card)', 'loyalty-lab-bond-en', 'Structural bond', 'A tie built into how the customer works', 'bonds-lesson']);
    expect(notes[1]).toEqual(['Cloze', 'loyalty-lab-bonds-en', 'Bonds: {{c1::financial}} &amp; {{c1::social}}', '"From ""7 Flashcards"""', 'bonds-lesson']);
    expect(notes[2][3]).toBe('5x &lt;keeping&gt; one');
  });
});

describe('scope', () => {
  const decks = [{ id: 'm1', lessons: [{ id: 'l1' }] }];
  it('reads a deck or lesson from the address and refuses unknown ids', () => {
    expect(scopeFromSearch('?deck=m1', decks)).toEqual({ scope: { kind: 'deck', id: 'm1' }, unknown: false });
    expect(scopeFromSearch('?lesson=l1', decks)).toEqual({ scope: { kind: 'lesson', id: 'l1' }, unknown: false });
    expect(scopeFromSearch('?lesson=nope', decks)).toEqual({ scope: { kind: 'all' }, unknown: true });
    expect(scopeFromSearch('', decks)).toEqual({ scope: { kind: 'all' }, unknown: false });
    expect(inScope({ deck: 'm1', lesson: 'l2' }, { kind: 'deck', id: 'm1' })).toBe(true);
    expect(inScope({ deck: 'm1', lesson: 'l2' }, { kind: 'lesson', id: 'l1' })).toBe(false);
    expect(scopeSearch({ kind: 'lesson', id: 'l1' })).toBe('?lesson=l1');
  });
});

describe('practice round', () => {
  it('shuffles every card in, sends "not yet" to the back, and counts first-time knowledge', () => {
    let round = startRound(['a', 'b', 'c'], () => 0.5);
    expect([...round.queue].sort()).toEqual(['a', 'b', 'c']);
    const first = round.queue[0];
    round = answer(round, false);
    expect(round.queue.at(-1)).toBe(first);
    round = answer(answer(answer(round, true), true), false);
    expect(round.queue).toEqual([first]);
    round = answer(round, true);
    expect(round.queue).toEqual([]);
    expect(knownFirstTime(round)).toBe(2);
    expect(answer(round, true)).toBe(round);
  });
});

describe('card browser filters', () => {
  it('matches Persian typed with Arabic letters and without the non-joiner, and tells states apart', () => {
    expect(matches({ front: 'مشتری‌ها', back: 'کیفیت' }, 'مشتریها', 'fa')).toBe(true);
    expect(matches({ front: 'x', back: 'کیفیت' }, 'كيفيت', 'fa')).toBe(true);
    expect(matches({ front: 'Loyalty', back: 'y' }, 'LOYAL', 'en')).toBe(true);
    expect(matches({ front: 'Loyalty', back: 'y' }, 'bond', 'en')).toBe(false);
    const record = (state: number, suspended = false) => ({ id: 'a', fsrs: { due: 0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state, last_review: null }, suspended, lastReview: null, updatedAt: 0 });
    expect([undefined, record(1), record(2), record(3), record(2, true)].map(stateOf)).toEqual(['new', 'learning', 'review', 'learning', 'suspended']);
  });
});
