import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CardRecord, QuizResultRecord, ReviewEntry, SettingsRecord } from './records.ts';

/**
 * The one database that holds a learner's state in the browser. Every store and index is
 * created by a migration, in order, so a browser that last opened version 1 is brought to the
 * current version step by step and keeps what it had.
 */
export const dbName = 'loyalty-lab';

export interface LessonMarkRecord {
  lessonId: string;
  /** When the learner marked the lesson done (ms since the epoch). */
  doneAt: number;
}

export interface LearnerSchema extends DBSchema {
  lessonMarks: { key: string; value: LessonMarkRecord };
  /** A card's schedule, once the learner has studied, suspended or reset it. */
  cards: { key: string; value: CardRecord };
  /** Every rating, undo and reset, appended and never changed. */
  reviews: { key: string; value: ReviewEntry; indexes: { byCard: string; byTime: number } };
  /** Settings by name ("scheduler"). */
  settings: { key: string; value: SettingsRecord };
  /** Best and last score of each lesson's quiz. */
  quizResults: { key: string; value: QuizResultRecord };
  /** Records that failed validation, kept here before anything replaces them. */
  setAside: { key: number; value: { store: string; record: unknown; at: number } };
}

export type LearnerDb = IDBPDatabase<LearnerSchema>;

type Migration = (db: IDBPDatabase<LearnerSchema>) => void;

/** migrations[n] brings the database from version n to n + 1. Append; never edit a shipped one. */
export const migrations: Migration[] = [
  (db) => {
    db.createObjectStore('lessonMarks', { keyPath: 'lessonId' });
  },
  (db) => {
    db.createObjectStore('cards', { keyPath: 'id' });
    const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
    reviews.createIndex('byCard', 'cardId');
    reviews.createIndex('byTime', 'at');
    db.createObjectStore('settings', { keyPath: 'name' });
    db.createObjectStore('setAside', { autoIncrement: true });
  },
  (db) => {
    db.createObjectStore('quizResults', { keyPath: 'lessonId' });
  },
];

export const dbVersion = migrations.length;

export async function openLearnerDb(name = dbName): Promise<LearnerDb> {
  if (!globalThis.indexedDB) throw new DOMException('IndexedDB is not available', 'NotSupportedError');
  const db = await openDB<LearnerSchema>(name, dbVersion, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < dbVersion; v++) migrations[v](db);
    },
  });
  // A newer version of the site opened in another tab: step aside so its upgrade can run.
  db.addEventListener('versionchange', () => db.close());
  return db;
}
