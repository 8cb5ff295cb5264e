import { shuffled } from '../shuffle.ts';

/**
 * A practice round: every card of a deck or lesson in a shuffled order, "not yet" sends a card
 * to the back of the line, "got it" takes it out. Nothing here touches the schedule.
 */
export interface PracticeRound {
  /** Card ids still to go, the next first. */
  queue: string[];
  /** Cards answered "not yet" at least once. */
  missed: string[];
  total: number;
}

export function startRound(ids: readonly string[], random?: () => number): PracticeRound {
  return { queue: shuffled(ids, random), missed: [], total: ids.length };
}

export function answer(round: PracticeRound, knew: boolean): PracticeRound {
  const [id, ...rest] = round.queue;
  if (id === undefined) return round;
  if (knew) return { ...round, queue: rest };
  return { ...round, queue: [...rest, id], missed: round.missed.includes(id) ? round.missed : [...round.missed, id] };
}

/** Cards known the first time they came up. */
export const knownFirstTime = (round: PracticeRound) => round.total - round.missed.length;
