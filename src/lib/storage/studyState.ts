import type { LearnerDb } from './learnerDb.ts';
import { readCards, readLog } from './cardStore.ts';
import type { CardRecord } from './records.ts';
import { readSchedulerSettings } from './settingsStore.ts';
import { countedRatings, type LoggedRating } from '../scheduling/reviewQueue.ts';
import type { SchedulerSettings } from '../scheduling/schedulerSettings.ts';
import { startOfStudyDay } from '../scheduling/studyDay.ts';

/** What every flashcard screen reads first: settings, card records, and the ratings that count. */
export interface StudyState {
  settings: SchedulerSettings;
  records: Map<string, CardRecord>;
  /** Ratings not undone, oldest first: today's only, unless the whole log was asked for. */
  ratings: LoggedRating[];
  /** Some records failed validation and were left aside: the screen says so. */
  setAside: boolean;
}

export async function readStudyState(db: LearnerDb, now: Date, wholeLog = false): Promise<StudyState> {
  const stored = await readSchedulerSettings(db);
  const since = wholeLog ? 0 : startOfStudyDay(now, stored.settings.dayStartsAt).getTime();
  const [cards, log] = await Promise.all([readCards(db), readLog(db, since)]);
  return {
    settings: stored.settings,
    records: cards.records,
    ratings: countedRatings(log.entries),
    setAside: stored.setAside || cards.setAside.length > 0 || log.setAside.length > 0,
  };
}
