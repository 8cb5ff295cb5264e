import { State, type Card } from 'ts-fsrs';
import type { SchedulerSettings } from './schedulerSettings.ts';
import { endOfStudyDay, startOfStudyDay } from './studyDay.ts';

/** A card as the queue sees it: its id, its FSRS state, and whether the learner suspended it. */
export interface QueueCard {
  id: string;
  card: Card;
  suspended?: boolean;
}

export interface ReviewQueue {
  /** Learning and relearning cards due now, soonest first: they come before anything else. */
  learning: QueueCard[];
  /** Review cards due by the end of the study day, most overdue first. */
  review: QueueCard[];
  /** New cards still allowed today, in the order given. */
  fresh: QueueCard[];
}

/**
 * Today's queue, as Anki builds it: learning steps that are due, then due reviews, then new
 * cards up to the daily limit less those already introduced this study day.
 */
export function buildQueue(cards: Iterable<QueueCard>, now: Date, settings: SchedulerSettings, newSeenToday: number): ReviewQueue {
  const dayEnd = endOfStudyDay(now, settings.dayStartsAt).getTime();
  const nowMs = now.getTime();
  const queue: ReviewQueue = { learning: [], review: [], fresh: [] };
  const newRoom = Math.max(0, settings.newPerDay - newSeenToday);
  for (const item of cards) {
    if (item.suspended) continue;
    const { state, due } = item.card;
    if (state === State.New) {
      if (queue.fresh.length < newRoom) queue.fresh.push(item);
    } else if (state === State.Learning || state === State.Relearning) {
      if (due.getTime() <= nowMs) queue.learning.push(item);
    } else if (due.getTime() < dayEnd) {
      queue.review.push(item);
    }
  }
  const byDue = (a: QueueCard, b: QueueCard) => a.card.due.getTime() - b.card.due.getTime();
  queue.learning.sort(byDue);
  queue.review.sort(byDue);
  return queue;
}

/** The next card to show, or undefined when the day's work is done. */
export function nextCard(queue: ReviewQueue): QueueCard | undefined {
  return queue.learning[0] ?? queue.review[0] ?? queue.fresh[0];
}

/** Anki shows a learning card up to 20 minutes early when nothing else is left to study. */
export const learnAheadMs = 20 * 60_000;

/**
 * The card to show now: the queue's next, or else a learning card due within the learn-ahead
 * limit, so a session does not stall on a one-minute step.
 */
export function nextToShow(queue: ReviewQueue, cards: Iterable<QueueCard>, now: Date): QueueCard | undefined {
  const next = nextCard(queue);
  if (next) return next;
  let soonest: QueueCard | undefined;
  for (const item of cards) {
    const { state, due } = item.card;
    if (item.suspended || (state !== State.Learning && state !== State.Relearning)) continue;
    if (due.getTime() - now.getTime() > learnAheadMs) continue;
    if (!soonest || due < soonest.card.due) soonest = item;
  }
  return soonest;
}

/** Learning cards that come back later today: shown in the learning count, as Anki does. */
export function learningLaterToday(cards: Iterable<QueueCard>, now: Date, dayStartsAt: number): number {
  const dayEnd = endOfStudyDay(now, dayStartsAt).getTime();
  let n = 0;
  for (const { card, suspended } of cards) {
    if (suspended || (card.state !== State.Learning && card.state !== State.Relearning)) continue;
    if (card.due.getTime() > now.getTime() && card.due.getTime() < dayEnd) n++;
  }
  return n;
}

/** A rating in the log, for counting: when, which card, what state the card was in, the grade. */
export interface LoggedRating {
  id: string;
  cardId: string;
  at: number;
  state: State;
  rating: number;
}

/**
 * The ratings that still count: those not undone. `entries` is the log as stored, where an
 * undo names the rating it took back.
 */
export function countedRatings(
  entries: Iterable<{ id: string; cardId: string; at: number; kind: string; undoes?: string; log?: { state: number; rating: number } }>,
): LoggedRating[] {
  const undone = new Set<string>();
  const ratings: LoggedRating[] = [];
  for (const e of entries) {
    if (e.kind === 'undo' && e.undoes) undone.add(e.undoes);
    if (e.kind === 'review' && e.log) ratings.push({ id: e.id, cardId: e.cardId, at: e.at, state: e.log.state as State, rating: e.log.rating });
  }
  return ratings.filter((r) => !undone.has(r.id)).sort((a, b) => a.at - b.at);
}

/** New cards introduced in the study day that contains `now`: they use up the daily limit. */
export function newSeenToday(ratings: LoggedRating[], now: Date, dayStartsAt: number): number {
  const start = startOfStudyDay(now, dayStartsAt).getTime();
  const seen = new Set<string>();
  for (const r of ratings) if (r.at >= start && r.state === State.New) seen.add(r.cardId);
  return seen.size;
}
