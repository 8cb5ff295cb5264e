import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { countByState, dueForecast, measuredRetention, reviewsByDay, streak } from '../../src/lib/progress/stats.ts';
import type { LoggedRating } from '../../src/lib/scheduling/reviewQueue.ts';

// Local times: the tests run in whatever zone the machine has, as the browser would.
const at = (day: number, hour: number) => new Date(2026, 2, day, hour).getTime();
const now = new Date(2026, 2, 10, 12);
const rating = (day: number, hour: number, state: State, grade = 3): LoggedRating => ({ id: `${day}-${hour}`, cardId: 'c', at: at(day, hour), state, rating: grade });

describe('progress figures', () => {
  it('counts cards by state, with never-studied cards as new', () => {
    const cards = [undefined, { state: State.Review, due: 0, suspended: false }, { state: State.Relearning, due: 0, suspended: false }, { state: State.Review, due: 0, suspended: true }];
    expect(countByState(cards)).toEqual({ new: 1, learning: 1, review: 1, suspended: 1 });
  });

  it('forecasts by study day, with overdue cards today and the rollover hour respected', () => {
    const card = (due: number) => ({ state: State.Review, due, suspended: false });
    // Due at 02:00 on the 11th is still the 10th's study day with the rollover at 4.
    const forecast = dueForecast([card(at(1, 9)), card(at(11, 2)), card(at(11, 5)), card(at(20, 9)), card(at(30, 9)), undefined], now, 4, 30);
    expect(forecast[0]).toBe(2);
    expect(forecast[1]).toBe(1);
    expect(forecast[10]).toBe(1);
    expect(forecast[20]).toBe(1);
    expect(forecast.reduce((a, b) => a + b)).toBe(5);
  });

  it('measures retention on reviews only, and counts a streak up to today or yesterday', () => {
    const ratings = [rating(7, 9, State.New), rating(8, 9, State.Review, 1), rating(8, 10, State.Review, 3), rating(9, 9, State.Review, 4)];
    expect(measuredRetention(ratings)).toEqual({ reviews: 3, recalled: 2, rate: 2 / 3 });
    expect(measuredRetention([]).rate).toBeUndefined();
    const days = reviewsByDay(ratings, 4);
    expect(days.get('2026-03-08')).toBe(2);
    expect(streak(days, now, 4)).toBe(3);
    expect(streak(days, new Date(2026, 2, 12, 12), 4)).toBe(0);
  });
});
