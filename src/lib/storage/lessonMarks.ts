import * as z from 'zod/mini';
import type { LearnerDb, LessonMarkRecord } from './learnerDb.ts';

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
  const done = new Map<string, number>();
  const setAside: unknown[] = [];
  for (const record of await db.getAll('lessonMarks')) {
    const parsed = lessonMarkSchema.safeParse(record);
    if (parsed.success) done.set(parsed.data.lessonId, parsed.data.doneAt);
    else setAside.push(record);
  }
  return { done, setAside };
}

export async function isLessonDone(db: LearnerDb, lessonId: string): Promise<boolean> {
  return lessonMarkSchema.safeParse(await db.get('lessonMarks', lessonId)).success;
}

/** Marking twice keeps the first time, so two tabs marking at once agree. */
export async function markLessonDone(db: LearnerDb, lessonId: string, now = Date.now()): Promise<void> {
  const tx = db.transaction('lessonMarks', 'readwrite');
  const existing = await tx.store.get(lessonId);
  if (!lessonMarkSchema.safeParse(existing).success) {
    const record: LessonMarkRecord = { lessonId, doneAt: now };
    await tx.store.put(record);
  }
  await tx.done;
}

export async function unmarkLesson(db: LearnerDb, lessonId: string): Promise<void> {
  await db.delete('lessonMarks', lessonId);
}
