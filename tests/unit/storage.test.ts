import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { dbVersion, openLearnerDb } from '../../src/lib/storage/learnerDb.ts';
import { isLessonDone, markLessonDone, readLessonMarks, unmarkLesson } from '../../src/lib/storage/lessonMarks.ts';
import { classifyStorageError } from '../../src/lib/storage/storageError.ts';
import { countDone } from '../../src/lib/progress/moduleProgress.ts';

let n = 0;
const freshName = () => `test-${++n}`;
const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('learner database', () => {
  it('creates every store from an empty browser', async () => {
    const db = await openLearnerDb(freshName());
    open.push(db);
    expect(db.version).toBe(dbVersion);
    expect([...db.objectStoreNames]).toContain('lessonMarks');
  });

  it('marks and unmarks lessons, keeping the first time a lesson was marked', async () => {
    const db = await openLearnerDb(freshName());
    open.push(db);
    await markLessonDone(db, 'loyalty-pyramid', 1000);
    await markLessonDone(db, 'loyalty-pyramid', 2000);
    expect(await isLessonDone(db, 'loyalty-pyramid')).toBe(true);
    expect((await readLessonMarks(db)).done.get('loyalty-pyramid')).toBe(1000);
    await unmarkLesson(db, 'loyalty-pyramid');
    expect(await isLessonDone(db, 'loyalty-pyramid')).toBe(false);
  });

  it('two connections marking at once (two tabs) lose nothing', async () => {
    const name = freshName();
    const [a, b] = await Promise.all([openLearnerDb(name), openLearnerDb(name)]);
    open.push(a, b);
    await Promise.all([markLessonDone(a, 'x', 1), markLessonDone(b, 'y', 2), markLessonDone(b, 'x', 3)]);
    const { done } = await readLessonMarks(a);
    expect([...done.keys()].sort()).toEqual(['x', 'y']);
  });

  it('sets a corrupted record aside and reports it, without losing the good ones', async () => {
    const name = freshName();
    const db = await openLearnerDb(name);
    await markLessonDone(db, 'good', 5);
    await db.put('lessonMarks', { lessonId: 'bad', doneAt: 'yesterday' } as never);
    const { done, setAside } = await readLessonMarks(db);
    expect([...done.keys()]).toEqual(['good']);
    expect(setAside).toEqual([{ lessonId: 'bad', doneAt: 'yesterday' }]);
    // Still there: reporting is not deleting.
    expect(await db.count('lessonMarks')).toBe(2);
    // Marking the lesson done replaces the damaged mark, but only after setting it aside.
    await markLessonDone(db, 'bad', 9);
    expect((await readLessonMarks(db)).done.get('bad')).toBe(9);
    expect(await db.getAll('setAside')).toEqual([{ store: 'lessonMarks', record: { lessonId: 'bad', doneAt: 'yesterday' }, at: 9 }]);
    db.close();
  });

  it('upgrades a version-1 database and keeps its marks', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('lessonMarks', { keyPath: 'lessonId' }) });
    await v1.put('lessonMarks', { lessonId: 'kept', doneAt: 7 });
    v1.close();
    const db = await openLearnerDb(name);
    open.push(db);
    expect((await readLessonMarks(db)).done.get('kept')).toBe(7);
    expect([...db.objectStoreNames].sort()).toEqual(['cards', 'lessonMarks', 'quizResults', 'reviews', 'setAside', 'settings']);
    expect([...db.transaction('reviews').store.indexNames].sort()).toEqual(['byCard', 'byTime']);
  });
});

describe('storage errors', () => {
  it('tells a full disk from a browser without storage', () => {
    expect(classifyStorageError(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(classifyStorageError(new DOMException('x', 'NotSupportedError'))).toBe('unavailable');
    expect(classifyStorageError(new DOMException('x', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(new Error('boom'))).toBe('failed');
  });
});

describe('module progress', () => {
  it('counts only the module lessons that are done', () => {
    expect(countDone(['a', 'b', 'c'], new Map([['a', 1], ['z', 2]]))).toBe(1);
  });
});
