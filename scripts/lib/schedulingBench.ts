/**
 * The scheduling workload of issue #6's benchmark: today's queue from 10,000 cards whose
 * review log holds 100,000 entries, then 1,000 ratings in a row, each with the four-button
 * preview. Deterministic (a seeded generator), so runs differ only by the machine.
 */
import { createEmptyCard, Rating, State, type Card } from 'ts-fsrs';
import { buildQueue, nextCard, type QueueCard } from '../../src/lib/scheduling/reviewQueue.ts';
import { createScheduler } from '../../src/lib/scheduling/scheduler.ts';
import { defaultSchedulerSettings } from '../../src/lib/scheduling/schedulerSettings.ts';
import { startOfStudyDay } from '../../src/lib/scheduling/studyDay.ts';

function seeded(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

const day = 86_400_000;

export function schedulingWorkload(now = new Date('2026-11-24T10:00:00Z')) {
  const random = seeded(42);
  const cards: QueueCard[] = [];
  for (let i = 0; i < 10_000; i++) {
    const base = createEmptyCard(now);
    const r = random();
    const card: Card =
      r < 0.3
        ? base
        : { ...base, state: r < 0.35 ? State.Learning : State.Review, reps: 3, stability: 1 + random() * 60, difficulty: 1 + random() * 9,
            scheduled_days: 5, last_review: new Date(now.getTime() - 5 * day), due: new Date(now.getTime() + (random() * 40 - 20) * day) };
    cards.push({ id: `card-${i}`, card });
  }
  const log = Array.from({ length: 100_000 }, (_, i) => ({
    cardId: `card-${i % 10_000}`,
    review: new Date(now.getTime() - random() * 365 * day),
    state: random() < 0.1 ? State.New : State.Review,
  }));
  return { now, cards, log };
}

export function runSchedulingBench(): { queueMs: number; rateMs: number } {
  const { now, cards, log } = schedulingWorkload();
  const settings = defaultSchedulerSettings;
  const scheduler = createScheduler(settings);

  const t0 = performance.now();
  const dayStart = startOfStudyDay(now, settings.dayStartsAt).getTime();
  let newSeenToday = 0;
  for (const entry of log) if (entry.state === State.New && entry.review.getTime() >= dayStart) newSeenToday++;
  const queue = buildQueue(cards, now, settings, newSeenToday);
  const t1 = performance.now();

  const pool = [...queue.learning, ...queue.review, ...queue.fresh, ...cards].slice(0, 1000);
  let t = now.getTime();
  for (const item of pool) {
    const at = new Date(t);
    // The buttons show the preview; pressing one takes its outcome, with no second computation.
    const outcomes = scheduler.preview(item.card, at);
    item.card = outcomes.find((o) => o.grade === Rating.Good)!.card;
    t += 5_000;
  }
  const t2 = performance.now();
  if (!nextCard(queue) && pool.length === 0) throw new Error('empty workload');
  return { queueMs: t1 - t0, rateMs: t2 - t1 };
}
