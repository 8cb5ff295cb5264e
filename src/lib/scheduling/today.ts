import type { CardRecord } from '../storage/records.ts';
import { cardOf } from '../storage/cardStore.ts';
import { buildQueue, learningLaterToday, newSeenToday, type LoggedRating, type QueueCard, type ReviewQueue } from './reviewQueue.ts';
import type { SchedulerSettings } from './schedulerSettings.ts';

export interface TodayCounts {
  new: number;
  learning: number;
  due: number;
}

export interface Today {
  items: QueueCard[];
  queue: ReviewQueue;
  counts: TodayCounts;
}

/**
 * Today's work over some study cards, from what is stored: the queue, and the three counts
 * the review screen and the deck list show (learning includes steps that come back later
 * today, as Anki counts them).
 */
export function today(ids: Iterable<string>, records: Map<string, CardRecord>, settings: SchedulerSettings, ratingsToday: LoggedRating[], now: Date): Today {
  const items: QueueCard[] = [];
  for (const id of ids) {
    const record = records.get(id);
    items.push({ id, card: cardOf(record, now), suspended: record?.suspended });
  }
  const queue = buildQueue(items, now, settings, newSeenToday(ratingsToday, now, settings.dayStartsAt));
  const counts = {
    new: queue.fresh.length,
    learning: queue.learning.length + learningLaterToday(items, now, settings.dayStartsAt),
    due: queue.review.length,
  };
  return { items, queue, counts };
}
