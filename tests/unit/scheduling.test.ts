import fc from 'fast-check';
import { createEmptyCard, Rating, State, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { buildQueue, countedRatings, learningLaterToday, newSeenToday, nextCard, nextToShow, type QueueCard } from '../../src/lib/scheduling/reviewQueue.ts';
import { createScheduler, grades } from '../../src/lib/scheduling/scheduler.ts';
import { defaultSchedulerSettings, schedulerSettingsSchema } from '../../src/lib/scheduling/schedulerSettings.ts';
import { endOfStudyDay, startOfStudyDay, studyDayOf } from '../../src/lib/scheduling/studyDay.ts';
import { intervalLabel } from '../../src/lib/scheduling/intervalLabel.ts';

const at = (iso: string) => new Date(iso);
const settings = { ...defaultSchedulerSettings, fuzz: false };

describe('settings', () => {
  it('defaults to what Anki and FSRS users expect', () => {
    expect(defaultSchedulerSettings).toEqual({ desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20, dayStartsAt: 4, fuzz: true });
  });
  it('refuses a retention outside 0.70-0.97 and an hour outside the day', () => {
    expect(schedulerSettingsSchema.safeParse({ desiredRetention: 0.5 }).success).toBe(false);
    expect(schedulerSettingsSchema.safeParse({ desiredRetention: 0.99 }).success).toBe(false);
    expect(schedulerSettingsSchema.safeParse({ dayStartsAt: 24 }).success).toBe(false);
    expect(schedulerSettingsSchema.safeParse({ desiredRetention: 0.85, newPerDay: 5 }).success).toBe(true);
  });
});

describe('study day', () => {
  it('rolls over at the chosen local hour, not at midnight', () => {
    expect(studyDayOf(at('2026-03-10T01:30:00'), 4)).toBe('2026-03-09');
    expect(studyDayOf(at('2026-03-10T04:00:00'), 4)).toBe('2026-03-10');
    expect(studyDayOf(at('2026-03-10T23:59:00'), 0)).toBe('2026-03-10');
    expect(endOfStudyDay(at('2026-03-10T01:30:00'), 4)).toEqual(at('2026-03-10T04:00:00'));
    expect(endOfStudyDay(at('2026-03-10T05:00:00'), 4)).toEqual(at('2026-03-11T04:00:00'));
    expect(startOfStudyDay(at('2026-03-10T01:30:00'), 4)).toEqual(at('2026-03-09T04:00:00'));
  });
});

describe('scheduler', () => {
  const scheduler = createScheduler(settings);
  const now = at('2026-03-10T10:00:00');

  it('previews four outcomes whose intervals grow from Again to Easy', () => {
    const outcomes = scheduler.preview(createEmptyCard(now), now);
    expect(outcomes.map((o) => o.grade)).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
    const intervals = outcomes.map((o) => o.interval);
    expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
    expect(intervals[0]).toBe(60_000); // first learning step: 1 minute
  });

  it('rating gives exactly what the preview showed', () => {
    const card = createEmptyCard(now);
    for (const outcome of scheduler.preview(card, now)) {
      expect(scheduler.rate(card, now, outcome.grade).card).toEqual(outcome.card);
    }
  });

  it('undo returns the card to exactly its earlier state, whatever the history', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...grades), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 72 }), (history, gapHours) => {
        let card: Card = createEmptyCard(now);
        let t = now.getTime();
        for (const grade of history) {
          const before = card;
          const { card: after, log } = scheduler.rate(card, new Date(t), grade);
          expect(scheduler.undo(after, log, before.due)).toEqual(before);
          card = after;
          t = Math.max(t + gapHours * 3_600_000, after.due.getTime());
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never schedules past the maximum interval', () => {
    const short = createScheduler({ ...settings, maximumInterval: 30 });
    let card: Card = createEmptyCard(now);
    let t = now;
    for (let i = 0; i < 12; i++) {
      card = short.rate(card, t, Rating.Easy).card;
      expect(card.scheduled_days).toBeLessThanOrEqual(30);
      t = card.due;
    }
  });

  it('asks for longer intervals when the desired retention is lower', () => {
    const matureAt = (retention: number) => {
      const s = createScheduler({ ...settings, desiredRetention: retention });
      let card: Card = createEmptyCard(now);
      let t = now;
      for (let i = 0; i < 5; i++) {
        card = s.rate(card, t, Rating.Good).card;
        t = card.due;
      }
      return card.scheduled_days;
    };
    expect(matureAt(0.8)).toBeGreaterThan(matureAt(0.95));
  });
});

describe('review queue', () => {
  const now = at('2026-03-10T10:00:00');
  const scheduler = createScheduler(settings);
  const fresh = (id: string): QueueCard => ({ id, card: createEmptyCard(now) });
  const dueAt = (id: string, state: State, due: string): QueueCard => ({ id, card: { ...createEmptyCard(now), state, due: at(due), reps: 3 } });

  it('puts due learning first, then reviews due before the rollover, then new cards up to the limit', () => {
    const cards = [
      fresh('n1'),
      dueAt('r-late', State.Review, '2026-03-11T03:00:00'), // before the 04:00 rollover: due today
      dueAt('r-tomorrow', State.Review, '2026-03-11T05:00:00'),
      dueAt('l-now', State.Learning, '2026-03-10T09:59:00'),
      dueAt('l-later', State.Learning, '2026-03-10T10:10:00'),
      dueAt('r-old', State.Review, '2026-03-01T08:00:00'),
      fresh('n2'),
      fresh('n3'),
      { ...fresh('n4'), suspended: true },
    ];
    const queue = buildQueue(cards, now, { ...settings, newPerDay: 3 }, 1);
    expect(queue.learning.map((c) => c.id)).toEqual(['l-now']);
    expect(queue.review.map((c) => c.id)).toEqual(['r-old', 'r-late']);
    expect(queue.fresh.map((c) => c.id)).toEqual(['n1', 'n2']);
    expect(nextCard(queue)?.id).toBe('l-now');
  });

  it('a card rated Again comes back in the learning queue once its step has passed', () => {
    const card = fresh('x');
    const { card: after } = scheduler.rate(card.card, now, Rating.Again);
    expect(buildQueue([{ id: 'x', card: after }], now, settings, 0).learning).toHaveLength(0);
    const later = new Date(after.due.getTime() + 1);
    expect(buildQueue([{ id: 'x', card: after }], later, settings, 0).learning.map((c) => c.id)).toEqual(['x']);
  });
});

describe('interval labels', () => {
  it('speak the locale, with its digits', () => {
    expect(intervalLabel('en', 60_000)).toBe('1 min');
    expect(intervalLabel('en', 3 * 86_400_000)).toBe('3 days');
    expect(intervalLabel('fa', 3 * 86_400_000)).toContain('۳');
    expect(intervalLabel('bg', 10 * 60_000)).toContain('10');
  });
});

describe('what the review screen counts', () => {
  const t = new Date(2026, 2, 10, 12);
  const entry = (id: string, cardId: string, hoursAgo: number, state: State) => ({
    id,
    cardId,
    at: t.getTime() - hoursAgo * 3_600_000,
    kind: 'review' as const,
    log: { state, rating: 3 },
  });

  it('counts new cards introduced this study day, not undone ones, once each', () => {
    const ratings = countedRatings([
      entry('r1', 'a', 1, State.New),
      entry('r2', 'a', 0.5, State.Learning),
      entry('r3', 'b', 2, State.New),
      entry('r4', 'c', 3, State.New),
      { id: 'u1', cardId: 'c', at: t.getTime(), kind: 'undo', undoes: 'r4' },
      entry('r5', 'd', 10, State.New), // 02:00 today belongs to yesterday's study day
    ]);
    expect(ratings.map((r) => r.id)).toEqual(['r5', 'r3', 'r1', 'r2']);
    expect(newSeenToday(ratings, t, 4)).toBe(2);
  });

  it('shows a learning card early when nothing else is left, within 20 minutes', () => {
    const learning = (minutes: number) => ({ id: `l${minutes}`, card: { ...createEmptyCard(t), state: State.Learning, due: new Date(t.getTime() + minutes * 60_000) } });
    const cards = [learning(30), learning(5)];
    const queue = buildQueue(cards, t, defaultSchedulerSettings, 0);
    expect(nextCard(queue)).toBeUndefined();
    expect(nextToShow(queue, cards, t)?.id).toBe('l5');
    expect(nextToShow(queue, [learning(30)], t)).toBeUndefined();
    expect(learningLaterToday(cards, t, 4)).toBe(2);
  });
});
