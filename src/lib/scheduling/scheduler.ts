import { fsrs, generatorParameters, Rating, State, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import type { SchedulerSettings } from './schedulerSettings.ts';

/** The four answers a learner gives, in button order. */
export const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

export interface Outcome {
  grade: Grade;
  card: Card;
  log: ReviewLog;
  /** Time until the card is due again after this answer, in milliseconds. */
  interval: number;
}

const day = 86_400_000;

/** FSRS set up from the learner's settings; the one place ts-fsrs is configured. */
export function createScheduler(settings: SchedulerSettings) {
  const engine = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.fuzz,
    }),
  );
  // ts-fsrs keeps Easy one day longer than Good even when Good already sits at the maximum
  // interval, so the maximum the learner set is enforced here, after it.
  const withinMaximum = (card: Card, now: Date): Card =>
    card.state === State.Review && card.scheduled_days > settings.maximumInterval
      ? { ...card, scheduled_days: settings.maximumInterval, due: new Date(now.getTime() + settings.maximumInterval * day) }
      : card;

  return {
    /** What each of the four buttons would do, for showing the intervals on them. */
    preview(card: Card, now: Date): Outcome[] {
      const record = engine.repeat(card, now);
      return grades.map((grade) => {
        const next = withinMaximum(record[grade].card, now);
        return { grade, card: next, log: record[grade].log, interval: next.due.getTime() - now.getTime() };
      });
    },
    rate(card: Card, now: Date, grade: Grade): { card: Card; log: ReviewLog } {
      const { card: next, log } = engine.next(card, now, grade);
      return { card: withinMaximum(next, now), log };
    },
    /**
     * Undo a rating with ts-fsrs's rollback. Its log does not keep the card's earlier due date
     * (rollback puts the review time there), so the caller passes the due it kept.
     */
    undo(card: Card, log: ReviewLog, previousDue: Date): Card {
      return { ...engine.rollback(card, log), due: previousDue };
    },
    retrievability(card: Card, now: Date): number {
      return engine.get_retrievability(card, now, false);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
