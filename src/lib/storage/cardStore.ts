import { createEmptyCard, type Card, type ReviewLog } from 'ts-fsrs';
import type { IDBPTransaction } from 'idb';
import type { LearnerDb, LearnerSchema } from './learnerDb.ts';
import {
  cardRecordSchema,
  fromCard,
  fromLog,
  newEntryId,
  reviewEntrySchema,
  toCard,
  toLog,
  type CardRecord,
  type RatingEntry,
  type ReviewEntry,
} from './records.ts';
import type { Scheduler } from '../scheduling/scheduler.ts';
import { allOrNothing } from './transaction.ts';
import { readValid, validOrSetAside } from './validRecords.ts';

/**
 * The learner's cards and review log. Every change runs in one transaction over both stores
 * and checks that the card is still in the state the learner saw, so two tabs rating the same
 * card cannot both count: the second is told the card moved on.
 */

export interface CardsRead {
  /** Study card id to its record; cards never studied have none and are new. */
  records: Map<string, CardRecord>;
  setAside: unknown[];
}

export async function readCards(db: LearnerDb): Promise<CardsRead> {
  return readValid(await db.getAll('cards'), cardRecordSchema, (r) => r.id);
}

export interface LogRead {
  entries: ReviewEntry[];
  setAside: unknown[];
}

/** The whole review log, oldest first. */
export async function readLog(db: LearnerDb, since = 0): Promise<LogRead> {
  const raw = await db.getAllFromIndex('reviews', 'byTime', IDBKeyRange.lowerBound(since));
  const { records, setAside } = readValid(raw, reviewEntrySchema, (e) => e.id);
  return { entries: [...records.values()], setAside };
}

/** The FSRS card of a record, or a new card for one never studied. */
export function cardOf(record: CardRecord | undefined, now: Date): Card {
  return record ? toCard(record.fsrs) : createEmptyCard(now);
}

export type ChangeResult = { ok: true; record: CardRecord } | { ok: false; reason: 'moved-on'; record: CardRecord | undefined };

/**
 * Rates a card. `seen` is the review the learner's screen showed the card after (null for a
 * card never reviewed): if another tab has rated it since, nothing is written. `answer` turns
 * the stored card into its next state; the review screen passes the outcome it previewed, so
 * what is kept is what the button showed.
 */
export async function rateCard(
  db: LearnerDb,
  cardId: string,
  seen: string | null,
  now: Date,
  answer: (before: Card) => { card: Card; log: ReviewLog },
): Promise<ChangeResult & { entry?: RatingEntry }> {
  const tx = cardsTx(db);
  const current = await currentRecord(tx, cardId, now);
  if ((current?.lastReview ?? null) !== seen) return movedOn(tx, current);
  const before = cardOf(current, now);
  const { card, log } = answer(before);
  const entry: RatingEntry = {
    id: newEntryId(),
    cardId,
    at: now.getTime(),
    kind: 'review',
    log: fromLog(log),
    previousDue: before.due.getTime(),
    previousReview: current?.lastReview ?? null,
  };
  const record: CardRecord = {
    id: cardId,
    fsrs: fromCard(card),
    suspended: current?.suspended ?? false,
    lastReview: entry.id,
    updatedAt: now.getTime(),
  };
  await save(tx, record, entry);
  return { ok: true, record, entry };
}

/**
 * Undoes a rating with ts-fsrs's rollback, only while it is still the card's latest: the card
 * returns to its earlier state and the log gains an "undo" entry (the rating stays in the log).
 */
export async function undoRating(db: LearnerDb, entry: RatingEntry, now: Date, scheduler: Scheduler): Promise<ChangeResult> {
  const tx = cardsTx(db);
  const current = await currentRecord(tx, entry.cardId, now);
  if (!current || current.lastReview !== entry.id) return movedOn(tx, current);
  const restored = scheduler.undo(toCard(current.fsrs), toLog(entry.log), new Date(entry.previousDue));
  const record: CardRecord = { ...current, fsrs: fromCard(restored), lastReview: entry.previousReview, updatedAt: now.getTime() };
  const undo: ReviewEntry = { id: newEntryId(), cardId: entry.cardId, at: now.getTime(), kind: 'undo', undoes: entry.id };
  await save(tx, record, undo);
  return { ok: true, record };
}

export async function setSuspended(db: LearnerDb, cardId: string, suspended: boolean, now: Date): Promise<CardRecord> {
  const tx = cardsTx(db);
  const current = await currentRecord(tx, cardId, now);
  const record: CardRecord = current
    ? { ...current, suspended, updatedAt: now.getTime() }
    : { id: cardId, fsrs: fromCard(createEmptyCard(now)), suspended, lastReview: null, updatedAt: now.getTime() };
  await save(tx, record);
  return record;
}

/** Forgets a card's schedule: it is new again. The log keeps its history and notes the reset. */
export async function resetCard(db: LearnerDb, cardId: string, now: Date): Promise<CardRecord> {
  const tx = cardsTx(db);
  const current = await currentRecord(tx, cardId, now);
  const record: CardRecord = {
    id: cardId,
    fsrs: fromCard(createEmptyCard(now)),
    suspended: current?.suspended ?? false,
    lastReview: null,
    updatedAt: now.getTime(),
  };
  const entry: ReviewEntry = { id: newEntryId(), cardId, at: now.getTime(), kind: 'reset' };
  await save(tx, record, entry);
  return record;
}

/**
 * Makes cards due now (a missed quiz question asks for them): review cards come forward, new
 * and learning cards are due anyway. Cards the learner suspended stay suspended.
 */
export async function makeDueNow(db: LearnerDb, cardIds: string[], now: Date): Promise<void> {
  const tx = cardsTx(db);
  await allOrNothing(tx, async () => {
    for (const cardId of cardIds) {
      const current = await currentRecord(tx, cardId, now);
      if (!current || current.fsrs.due <= now.getTime()) continue;
      await tx.objectStore('cards').put({ ...current, fsrs: { ...current.fsrs, due: now.getTime() }, updatedAt: now.getTime() });
    }
  });
}

type CardsTx = IDBPTransaction<LearnerSchema, ('cards' | 'reviews' | 'setAside')[], 'readwrite'>;

/** The card's record as stored, if valid; a damaged one is set aside before anything replaces it. */
function currentRecord(tx: CardsTx, cardId: string, now: Date): Promise<CardRecord | undefined> {
  return validOrSetAside(tx, 'cards', cardId, cardRecordSchema, now);
}

/** The card and its log entry, written together or not at all. */
function save(tx: CardsTx, record: CardRecord, entry?: ReviewEntry): Promise<void> {
  return allOrNothing(tx, async () => {
    await tx.objectStore('cards').put(record);
    if (entry) await tx.objectStore('reviews').add(entry);
  });
}

/** Another tab changed the card since the learner saw it: write nothing and say so. */
async function movedOn(tx: CardsTx, record: CardRecord | undefined): Promise<ChangeResult & { ok: false }> {
  tx.abort();
  await tx.done.catch(() => {});
  return { ok: false, reason: 'moved-on', record };
}

function cardsTx(db: LearnerDb): CardsTx {
  return db.transaction(['cards', 'reviews', 'setAside'], 'readwrite');
}
