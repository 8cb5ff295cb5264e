import * as z from 'zod/mini';
import type { LearnerDb, LessonMarkRecord } from './learnerDb.ts';
import { allOrNothing } from './transaction.ts';
import { readValid, validOrSetAside } from './validRecords.ts';

export const lessonMarkSchema = z.strictObject({
  lessonId: z.string().check(z.minLength(1)),
  doneAt: z.int().check(z.nonnegative()),
});

export interface MarksRead {
  /** Lesson id to the time it was marked done. */
  done: Map<string, number>;
  /** Records that failed validation: left in place, untouched, and reported. */
  setAside: unknown[];
}

export async function readLessonMarks(db: LearnerDb): Promise<MarksRead> {
  const { records, setAside } = readValid(await db.getAll('lessonMarks'), lessonMarkSchema, (m) => m.lessonId);
  return { done: new Map([...records.values()].map((m) => [m.lessonId, m.doneAt])), setAside };
}

export async function isLessonDone(db: LearnerDb, lessonId: string): Promise<boolean> {
  return lessonMarkSchema.safeParse(await db.get('lessonMarks', lessonId)).success;
}

/**
 * Marking twice keeps the first time, so two tabs marking at once agree. A damaged mark is set
 * aside before the new one replaces it.
 */
export async function markLessonDone(db: LearnerDb, lessonId: string, now = Date.now()): Promise<void> {
  const tx = db.transaction(['lessonMarks', 'setAside'], 'readwrite');
  await allOrNothing(tx, async () => {
    if (await validOrSetAside(tx, 'lessonMarks', lessonId, lessonMarkSchema, new Date(now))) return;
    const record: LessonMarkRecord = { lessonId, doneAt: now };
    await tx.objectStore('lessonMarks').put(record);
  });
}

export async function unmarkLesson(db: LearnerDb, lessonId: string): Promise<void> {
  await db.delete('lessonMarks', lessonId);
}
