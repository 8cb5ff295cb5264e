import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

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
}

export type LearnerDb = IDBPDatabase<LearnerSchema>;

type Migration = (db: IDBPDatabase<LearnerSchema>) => void;

/** migrations[n] brings the database from version n to n + 1. Append; never edit a shipped one. */
export const migrations: Migration[] = [
  (db) => {
    db.createObjectStore('lessonMarks', { keyPath: 'lessonId' });
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
