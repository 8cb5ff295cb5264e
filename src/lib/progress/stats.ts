import { State } from 'ts-fsrs';
import type { LoggedRating } from '../scheduling/reviewQueue.ts';
import { startOfStudyDay, studyDayOf } from '../scheduling/studyDay.ts';

/** Figures for the progress page, computed from card records and the review log alone. */

export interface CardState {
  state: State;
  due: number;
  suspended: boolean;
}

export interface StateCounts {
  new: number;
  learning: number;
  review: number;
  suspended: number;
}

/** `cards` has an entry for every study card; those never studied are new. */
export function countByState(cards: Iterable<CardState | undefined>): StateCounts {
  const counts: StateCounts = { new: 0, learning: 0, review: 0, suspended: 0 };
  for (const card of cards) {
    if (!card || card.state === State.New) counts[card?.suspended ? 'suspended' : 'new']++;
    else if (card.suspended) counts.suspended++;
    else if (card.state === State.Review) counts.review++;
    else counts.learning++;
  }
  return counts;
}

/**
 * Cards falling due on each of the next `days` study days, today first; today's count takes
 * in everything overdue. New and suspended cards are not forecast.
 */
export function dueForecast(cards: Iterable<CardState | undefined>, now: Date, dayStartsAt: number, days = 30): number[] {
  const forecast = new Array<number>(days).fill(0);
  const start = startOfStudyDay(now, dayStartsAt);
  const dayIndex = dayIndexer(start);
  for (const card of cards) {
    if (!card || card.suspended || card.state === State.New) continue;
    const i = Math.max(0, dayIndex(new Date(card.due)));
    if (i < days) forecast[i]++;
  }
  return forecast;
}

/** Whole local calendar days between the start day and a moment's study day (DST-safe). */
function dayIndexer(start: Date) {
  const startUtc = Date.UTC(start.getFullYear(), start.getMonth(), start.getDate());
  const hours = start.getHours();
  return (moment: Date) => {
    const [y, m, d] = studyDayOf(moment, hours).split('-').map(Number);
    return Math.round((Date.UTC(y, m - 1, d) - startUtc) / 86_400_000);
  };
}

/** Ratings a study day ("YYYY-MM-DD") over the log. */
export function reviewsByDay(ratings: LoggedRating[], dayStartsAt: number): Map<string, number> {
  const days = new Map<string, number>();
  for (const r of ratings) {
    const day = studyDayOf(new Date(r.at), dayStartsAt);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

/**
 * Measured retention: of the reviews of cards already in review (not new, not in learning
 * steps), the share not answered Again. Undefined until there is at least one.
 */
export function measuredRetention(ratings: LoggedRating[]): { reviews: number; recalled: number; rate: number | undefined } {
  const due = ratings.filter((r) => r.state === State.Review);
  const recalled = due.filter((r) => r.rating > 1).length;
  return { reviews: due.length, recalled, rate: due.length ? recalled / due.length : undefined };
}

/** Study days in a row with at least one review, ending today, or yesterday if today has none yet. */
export function streak(days: Map<string, number>, now: Date, dayStartsAt: number): number {
  const cursor = new Date(now);
  if (!days.has(studyDayOf(cursor, dayStartsAt))) cursor.setDate(cursor.getDate() - 1);
  let n = 0;
  while (days.has(studyDayOf(cursor, dayStartsAt))) {
    n++;
    cursor.setDate(cursor.getDate() - 1);
  }
  return n;
}
