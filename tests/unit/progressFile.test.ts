import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openLearnerDb, type LearnerDb } from '../../src/lib/storage/learnerDb.ts';
import {
  applyMerge,
  parseProgress,
  planMerge,
  progressFormat,
  readLearnerState,
  serializeProgress,
  type LearnerState,
} from '../../src/lib/storage/progressFile.ts';
import type { CardRecord, ReviewEntry } from '../../src/lib/storage/records.ts';
import { defaultSchedulerSettings } from '../../src/lib/scheduling/schedulerSettings.ts';

const now = new Date('2026-05-01T08:00:00Z');
const time = fc.integer({ min: 0, max: 2_000_000_000_000 });
const cardId = fc.constantFrom('a', 'b', 'c', 'd', 'a:reverse', 'e');
const entryId = fc.stringMatching(/^[0-9a-f]{24}$/);
const real = fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true });
const small = fc.nat(1000);

const storedCard = fc.record({
  due: time,
  stability: real,
  difficulty: real,
  elapsed_days: small,
  scheduled_days: small,
  learning_steps: small,
  reps: small,
  lapses: small,
  state: fc.integer({ min: 0, max: 3 }),
  last_review: fc.option(time, { nil: null }),
});
const cardRecord: fc.Arbitrary<CardRecord> = fc.record({
  id: cardId,
  fsrs: storedCard,
  suspended: fc.boolean(),
  lastReview: fc.option(entryId, { nil: null }),
  updatedAt: time,
});
const reviewEntry: fc.Arbitrary<ReviewEntry> = fc.oneof(
  fc.record({
    id: entryId,
    cardId,
    at: time,
    kind: fc.constant('review' as const),
    log: fc.record({
      rating: fc.integer({ min: 1, max: 4 }),
      state: fc.integer({ min: 0, max: 3 }),
      due: time,
      stability: real,
      difficulty: real,
      elapsed_days: small,
      last_elapsed_days: small,
      scheduled_days: small,
      learning_steps: small,
      review: time,
    }),
    previousDue: time,
    previousReview: fc.option(entryId, { nil: null }),
  }),
  fc.record({ id: entryId, cardId, at: time, kind: fc.constant('undo' as const), undoes: entryId }),
  fc.record({ id: entryId, cardId, at: time, kind: fc.constant('reset' as const) }),
);
const byId = <T>(key: (x: T) => string) => (list: T[]) => [...new Map(list.map((x) => [key(x), x])).values()];
const state: fc.Arbitrary<LearnerState> = fc.record({
  lessonMarks: fc.array(fc.record({ lessonId: fc.constantFrom('l1', 'l2', 'l3'), doneAt: time })).map(byId((m) => m.lessonId)),
  cards: fc.array(cardRecord, { maxLength: 8 }).map(byId((c) => c.id)),
  reviews: fc.array(reviewEntry, { maxLength: 12 }).map(byId((r) => r.id)),
  settings: fc.option(
    fc.record({ name: fc.constant('scheduler' as const), value: fc.constant(defaultSchedulerSettings), updatedAt: time }),
    { nil: null },
  ),
  quizResults: fc
    .array(
      fc.record({
        lessonId: fc.constantFrom('l1', 'l2', 'l3'),
        best: fc.record({ score: fc.nat(5), total: fc.constant(5), at: time }),
        last: fc.record({ score: fc.nat(5), total: fc.constant(5), at: time }),
      }),
    )
    .map(byId((q) => q.lessonId)),
});
const empty: LearnerState = { lessonMarks: [], cards: [], reviews: [], settings: null, quizResults: [] };
const sorted = (s: LearnerState): LearnerState => ({
  lessonMarks: [...s.lessonMarks].sort((a, b) => a.lessonId.localeCompare(b.lessonId)),
  cards: [...s.cards].sort((a, b) => a.id.localeCompare(b.id)),
  reviews: [...s.reviews].sort((a, b) => a.id.localeCompare(b.id)),
  settings: s.settings,
  quizResults: [...s.quizResults].sort((a, b) => a.lessonId.localeCompare(b.lessonId)),
});

describe('progress file', () => {
  it('export then import is the identity', () => {
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parseProgress(serializeProgress(s, now));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(sorted(parsed.state)).toEqual(sorted(s));
        expect(sorted(planMerge(empty, parsed.state).merged)).toEqual(sorted(s));
      }),
    );
  });

  it('merging never loses a newer review, whichever side it is on', () => {
    fc.assert(
      fc.property(state, state, (here, there) => {
        const { merged } = planMerge(here, there);
        const mergedIds = new Set(merged.reviews.map((r) => r.id));
        for (const r of [...here.reviews, ...there.reviews]) expect(mergedIds.has(r.id)).toBe(true);
        for (const q of [...here.quizResults, ...there.quizResults]) {
          const kept = merged.quizResults.find((m) => m.lessonId === q.lessonId)!;
          expect(kept.last.at).toBeGreaterThanOrEqual(q.last.at);
          expect(kept.best.score / kept.best.total).toBeGreaterThanOrEqual(q.best.score / q.best.total);
        }
        for (const card of [...here.cards, ...there.cards]) {
          const kept = merged.cards.find((c) => c.id === card.id);
          expect(kept && kept.updatedAt).toBeGreaterThanOrEqual(card.updatedAt);
        }
        // Importing the same file twice changes nothing the second time.
        expect(planMerge(merged, there).writes).toEqual(empty);
      }),
    );
  });

  it('reads a file written before quiz results were kept', () => {
    const old = JSON.parse(serializeProgress(empty, now));
    delete old.quizResults;
    expect(parseProgress(JSON.stringify(old))).toMatchObject({ ok: true, state: { quizResults: [] } });
  });

  it('refuses what is not a progress file, or one from a newer version, saying which', () => {
    expect(parseProgress('{not json')).toEqual({ ok: false, problem: 'not-json' });
    expect(parseProgress('{"cards": []}')).toEqual({ ok: false, problem: 'foreign' });
    expect(parseProgress(JSON.stringify({ format: 'anki', version: 1 }))).toEqual({ ok: false, problem: 'foreign' });
    expect(parseProgress(JSON.stringify({ format: progressFormat, version: 99 }))).toEqual({ ok: false, problem: 'newer' });
    const damaged = JSON.parse(serializeProgress({ ...empty, cards: [] }, now));
    damaged.cards = [{ id: 'a', fsrs: {} }];
    expect(parseProgress(JSON.stringify(damaged))).toMatchObject({ ok: false, problem: 'damaged', detail: expect.stringContaining('cards.0') });
  });

  it('counts what an import would change, for the preview', () => {
    const card = (id: string, updatedAt: number): CardRecord => ({
      id,
      fsrs: { due: 0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, last_review: null },
      suspended: false,
      lastReview: null,
      updatedAt,
    });
    const here: LearnerState = { ...empty, cards: [card('a', 10), card('b', 10)], lessonMarks: [{ lessonId: 'l1', doneAt: 5 }] };
    const there: LearnerState = { ...empty, cards: [card('a', 20), card('b', 5), card('c', 1)], lessonMarks: [{ lessonId: 'l2', doneAt: 1 }] };
    expect(planMerge(here, there).counts).toEqual({
      cardsAdded: 1,
      cardsUpdated: 1,
      cardsKept: 1,
      reviewsAdded: 0,
      lessonsAdded: 1,
      quizzesChanged: 0,
      settingsChanged: false,
    });
  });
});

describe('importing into the database', () => {
  const dbs: LearnerDb[] = [];
  afterEach(() => dbs.splice(0).forEach((db) => db.close()));
  let n = 0;

  it('an export imported on another device gives the same state', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        const source = await openLearnerDb(`import-a-${++n}`);
        const target = await openLearnerDb(`import-b-${n}`);
        dbs.push(source, target);
        await applyMerge(source, s);
        const file = serializeProgress(await readLearnerState(source), now);
        const parsed = parseProgress(file);
        if (!parsed.ok) throw new Error(parsed.problem);
        await applyMerge(target, planMerge(await readLearnerState(target), parsed.state).writes);
        expect(sorted(await readLearnerState(target))).toEqual(sorted(s));
      }),
      { numRuns: 25 },
    );
  });

  it('does not overwrite a card changed in another tab after the preview was made', async () => {
    const db = await openLearnerDb(`import-c-${++n}`);
    dbs.push(db);
    const record: CardRecord = {
      id: 'a',
      fsrs: { due: 0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, last_review: null },
      suspended: false,
      lastReview: null,
      updatedAt: 100,
    };
    const plan = planMerge(await readLearnerState(db), { ...empty, cards: [record] });
    await db.put('cards', { ...record, updatedAt: 200, suspended: true });
    await applyMerge(db, plan.writes);
    expect((await db.get('cards', 'a'))?.updatedAt).toBe(200);
  });

  it('sets a damaged record aside before the file replaces it', async () => {
    const db = await openLearnerDb(`import-d-${++n}`);
    dbs.push(db);
    const damaged = { lessonId: 'l1', doneAt: 'last week' };
    await db.put('lessonMarks', damaged as never);
    const plan = planMerge(await readLearnerState(db), { ...empty, lessonMarks: [{ lessonId: 'l1', doneAt: 50 }] });
    await applyMerge(db, plan.writes, now);
    expect(await db.get('lessonMarks', 'l1')).toEqual({ lessonId: 'l1', doneAt: 50 });
    expect(await db.getAll('setAside')).toEqual([{ store: 'lessonMarks', record: damaged, at: now.getTime() }]);
  });
});
