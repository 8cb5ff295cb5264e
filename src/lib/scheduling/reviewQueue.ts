import { State, type Card } from 'ts-fsrs';
import type { SchedulerSettings } from './schedulerSettings.ts';
import { endOfStudyDay } from './studyDay.ts';

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
