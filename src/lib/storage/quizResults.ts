import type { LearnerDb } from './learnerDb.ts';
import { quizResultSchema, type QuizResultRecord } from './records.ts';
import { allOrNothing } from './transaction.ts';
import { readValid, validOrSetAside } from './validRecords.ts';

export async function readQuizResults(db: LearnerDb): Promise<{ results: Map<string, QuizResultRecord>; setAside: unknown[] }> {
  const { records, setAside } = readValid(await db.getAll('quizResults'), quizResultSchema, (r) => r.lessonId);
  return { results: records, setAside };
}

/** The better of two results for one lesson: the higher score, or the earlier on a tie. */
export function better(a: QuizResultRecord['best'], b: QuizResultRecord['best']): QuizResultRecord['best'] {
  const ra = a.score / a.total;
  const rb = b.score / b.total;
  return rb > ra || (rb === ra && b.at < a.at) ? b : a;
}

/** Two records of one lesson joined: the better best, the newer last. */
export function mergeQuizResult(a: QuizResultRecord, b: QuizResultRecord): QuizResultRecord {
  return { lessonId: a.lessonId, best: better(a.best, b.best), last: b.last.at > a.last.at ? b.last : a.last };
}

export async function recordAttempt(db: LearnerDb, lessonId: string, score: number, total: number, now: Date): Promise<QuizResultRecord> {
  const attempt = { score, total, at: now.getTime() };
  const tx = db.transaction(['quizResults', 'setAside'], 'readwrite');
  let record: QuizResultRecord = { lessonId, best: attempt, last: attempt };
  await allOrNothing(tx, async () => {
    const stored = await validOrSetAside(tx, 'quizResults', lessonId, quizResultSchema, now);
    if (stored) record = mergeQuizResult(stored, record);
    await tx.objectStore('quizResults').put(record);
  });
  return record;
}
