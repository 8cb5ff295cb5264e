import * as z from 'zod/mini';
import type { Card, Grade, ReviewLog, State } from 'ts-fsrs';
import { schedulerSettingsSchema } from '../scheduling/schedulerSettings.ts';

/**
 * The shapes of what the learner database keeps, checked with zod whenever they are read or
 * imported. Times are milliseconds since the epoch, so a record survives JSON as it is.
 */
const time = z.int().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const id = z.string().check(z.minLength(1), z.maxLength(200));
/**
 * ts-fsrs's State: New 0, Learning 1, Review 2, Relearning 3. Written as numbers so that the
 * pages that only read records (lesson marks, quiz scores) do not load ts-fsrs.
 */
const fsrsState = z.int().check(z.gte(0), z.lte(3));

/** What a ts-fsrs card and its review log both hold: its memory and its schedule. */
const memory = {
  state: fsrsState,
  due: time,
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number().check(z.nonnegative()),
  elapsed_days: count,
  scheduled_days: count,
  learning_steps: count,
};

/** A ts-fsrs card with its dates as numbers. */
export const storedCardSchema = z.strictObject({
  ...memory,
  reps: count,
  lapses: count,
  last_review: z.nullable(time),
});

export const cardRecordSchema = z.strictObject({
  /** The study card: a content card id, or "{id}:reverse" for the other side of a reversible card. */
  id,
  fsrs: storedCardSchema,
  suspended: z.boolean(),
  /** The review that gave the card its state; a rating made against another one is refused. */
  lastReview: z.nullable(id),
  /** When the record last changed (rating, undo, suspend, reset): the newer record wins a merge. */
  updatedAt: time,
});

const storedLogSchema = z.strictObject({
  ...memory,
  rating: z.int().check(z.gte(1), z.lte(4)),
  last_elapsed_days: count,
  review: time,
});

const entryBase = { id, cardId: id, at: time };

export const reviewEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...entryBase,
    kind: z.literal('review'),
    /** ts-fsrs's log of the rating: what its rollback needs to undo it. */
    log: storedLogSchema,
    /** The card's due before the rating, which ts-fsrs's log does not keep. */
    previousDue: time,
    previousReview: z.nullable(id),
  }),
  z.strictObject({ ...entryBase, kind: z.literal('undo'), undoes: id }),
  z.strictObject({ ...entryBase, kind: z.literal('reset') }),
]);

export const settingsRecordSchema = z.strictObject({
  name: z.literal('scheduler'),
  value: schedulerSettingsSchema,
  updatedAt: time,
});

const score = z.strictObject({ score: count, total: z.int().check(z.positive()), at: time });

/** A lesson's quiz: the best attempt (highest score, the first to reach it) and the last. */
export const quizResultSchema = z
  .strictObject({ lessonId: id, best: score, last: score })
  .check(z.refine((r) => r.best.score <= r.best.total && r.last.score <= r.last.total, 'a score cannot exceed its total'));

export type StoredCard = z.infer<typeof storedCardSchema>;
export type CardRecord = z.infer<typeof cardRecordSchema>;
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
export type RatingEntry = Extract<ReviewEntry, { kind: 'review' }>;
export type SettingsRecord = z.infer<typeof settingsRecordSchema>;
export type QuizResultRecord = z.infer<typeof quizResultSchema>;

export function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    state: stored.state as State,
    due: new Date(stored.due),
    last_review: stored.last_review === null ? undefined : new Date(stored.last_review),
  };
}

export function fromCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

export function toLog(stored: RatingEntry['log']): ReviewLog {
  return { ...stored, rating: stored.rating as Grade, state: stored.state as State, due: new Date(stored.due), review: new Date(stored.review) };
}

export function fromLog(log: ReviewLog): RatingEntry['log'] {
  return { ...log, due: log.due.getTime(), review: log.review.getTime() };
}

/** A fresh id for a log entry, unique across devices so imported logs merge without clashes. */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
