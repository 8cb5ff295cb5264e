import 'fake-indexeddb/auto';
import { Rating, State } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { openLearnerDb, type LearnerDb } from '../../src/lib/storage/learnerDb.ts';
import { makeDueNow, rateCard, readCards, readLog, resetCard, setSuspended, undoRating } from '../../src/lib/storage/cardStore.ts';
import { readSchedulerSettings, saveSchedulerSettings } from '../../src/lib/storage/settingsStore.ts';
import { createScheduler } from '../../src/lib/scheduling/scheduler.ts';
import { defaultSchedulerSettings } from '../../src/lib/scheduling/schedulerSettings.ts';

const scheduler = createScheduler({ ...defaultSchedulerSettings, fuzz: false });
const t0 = new Date('2026-03-02T10:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

let n = 0;
const dbs: LearnerDb[] = [];
async function fresh(name = `cards-${++n}`) {
  const db = await openLearnerDb(name);
  dbs.push(db);
  return db;
}
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

describe('rating cards', () => {
  it('keeps the new state and appends the rating to the log', async () => {
    const db = await fresh();
    const result = await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Good));
    expect(result.ok).toBe(true);
    const { records } = await readCards(db);
    expect(records.get('c1')?.fsrs.state).toBe(State.Learning);
    expect(records.get('c1')?.lastReview).toBe(result.entry?.id);
    const { entries } = await readLog(db);
    expect(entries.map((e) => [e.cardId, e.kind])).toEqual([['c1', 'review']]);
  });

  it('refuses a rating made against a state another tab has already moved on from', async () => {
    const db = await fresh();
    const other = await openLearnerDb(db.name);
    dbs.push(other);
    const first = await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Good));
    const second = await rateCard(other, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Again));
    expect(second).toMatchObject({ ok: false, reason: 'moved-on' });
    expect((await readLog(db)).entries).toHaveLength(1);
    expect((await readCards(db)).records.get('c1')?.lastReview).toBe(first.entry?.id);
  });

  it('two tabs rating different cards at once both count', async () => {
    const db = await fresh();
    const other = await openLearnerDb(db.name);
    dbs.push(other);
    await Promise.all([rateCard(db, 'a', null, t0, (card) => scheduler.rate(card, t0, Rating.Good)), rateCard(other, 'b', null, t0, (card) => scheduler.rate(card, t0, Rating.Easy))]);
    expect([...(await readCards(db)).records.keys()].sort()).toEqual(['a', 'b']);
    expect((await readLog(db)).entries).toHaveLength(2);
  });
});

describe('a write that fails', () => {
  it('keeps nothing of the rating: neither the card nor its log entry', async () => {
    const db = await fresh();
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Good))).rejects.toThrow('quota');
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect((await readCards(db)).records.size).toBe(0);
    expect((await readLog(db)).entries).toHaveLength(0);
    // And the next attempt goes through.
    expect((await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Good))).ok).toBe(true);
  });
});

describe('undo', () => {
  it('returns the card exactly to its earlier state and logs the undo', async () => {
    const db = await fresh();
    const first = await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Good));
    const before = (await readCards(db)).records.get('c1')!;
    const second = await rateCard(db, 'c1', first.entry!.id, later(10), (card) => scheduler.rate(card, later(10), Rating.Again));
    const undone = await undoRating(db, second.entry!, later(11), scheduler);
    expect(undone.ok).toBe(true);
    const after = (await readCards(db)).records.get('c1')!;
    expect(after.fsrs).toEqual(before.fsrs);
    expect(after.lastReview).toBe(first.entry!.id);
    expect((await readLog(db)).entries.map((e) => e.kind)).toEqual(['review', 'review', 'undo']);
  });

  it('will not undo a rating that is no longer the latest', async () => {
    const db = await fresh();
    const first = await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Good));
    await rateCard(db, 'c1', first.entry!.id, later(10), (card) => scheduler.rate(card, later(10), Rating.Good));
    expect(await undoRating(db, first.entry!, later(11), scheduler)).toMatchObject({ ok: false });
  });
});

describe('suspend, reset, due now', () => {
  it('suspends without touching the schedule, and reset makes a card new again', async () => {
    const db = await fresh();
    const rated = await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Easy));
    await setSuspended(db, 'c1', true, later(1));
    let record = (await readCards(db)).records.get('c1')!;
    expect(record).toMatchObject({ suspended: true, lastReview: rated.entry!.id });
    await resetCard(db, 'c1', later(2));
    record = (await readCards(db)).records.get('c1')!;
    expect(record).toMatchObject({ suspended: true, lastReview: null, fsrs: { state: State.New, reps: 0 } });
    expect((await readLog(db)).entries.map((e) => e.kind)).toEqual(['review', 'reset']);
  });

  it('brings a review card due now, and leaves cards already due alone', async () => {
    const db = await fresh();
    await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Easy));
    await makeDueNow(db, ['c1', 'never-seen'], later(5));
    const { records } = await readCards(db);
    expect(records.get('c1')?.fsrs.due).toBe(later(5).getTime());
    expect(records.has('never-seen')).toBe(false);
  });

  it('sets a damaged card record aside before replacing it, and reports it when reading', async () => {
    const db = await fresh();
    await db.put('cards', { id: 'c1', fsrs: 'garbage' } as never);
    expect((await readCards(db)).setAside).toEqual([{ id: 'c1', fsrs: 'garbage' }]);
    await rateCard(db, 'c1', null, t0, (card) => scheduler.rate(card, t0, Rating.Good));
    expect((await readCards(db)).setAside).toEqual([]);
    expect(await db.getAll('setAside')).toEqual([{ store: 'cards', record: { id: 'c1', fsrs: 'garbage' }, at: t0.getTime() }]);
  });
});

describe('scheduler settings', () => {
  it('defaults, keeps what is saved, and falls back to the defaults on a damaged record', async () => {
    const db = await fresh();
    expect(await readSchedulerSettings(db)).toEqual({ settings: defaultSchedulerSettings, setAside: false });
    await saveSchedulerSettings(db, { ...defaultSchedulerSettings, newPerDay: 5 }, t0);
    expect((await readSchedulerSettings(db)).settings.newPerDay).toBe(5);
    await db.put('settings', { name: 'scheduler', value: { newPerDay: -1 }, updatedAt: 1 } as never);
    expect(await readSchedulerSettings(db)).toEqual({ settings: defaultSchedulerSettings, setAside: true });
    await saveSchedulerSettings(db, { ...defaultSchedulerSettings, newPerDay: 7 }, t0);
    expect(await readSchedulerSettings(db)).toEqual({ settings: { ...defaultSchedulerSettings, newPerDay: 7 }, setAside: false });
    expect(await db.getAll('setAside')).toEqual([{ store: 'settings', record: { name: 'scheduler', value: { newPerDay: -1 }, updatedAt: 1 }, at: t0.getTime() }]);
  });
});
