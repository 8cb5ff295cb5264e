import type { LearnerDb } from './learnerDb.ts';
import { quizResultSchema, type QuizResultRecord } from './records.ts';
import { allOrNothing } from './transaction.ts';

export interface QuizResultsRead {
  results: Map<string, QuizResultRecord>;
  setAside: unknown[];
}

export async function readQuizResults(db: LearnerDb): Promise<QuizResultsRead> {
  const results = new Map<string, QuizResultRecord>();
  const setAside: unknown[] = [];
  for (const raw of await db.getAll('quizResults')) {
    const parsed = quizResultSchema.safeParse(raw);
    if (parsed.success) results.set(parsed.data.lessonId, parsed.data);
    else setAside.push(raw);
  }
  return { results, setAside };
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
    const raw = await tx.objectStore('quizResults').get(lessonId);
    const parsed = quizResultSchema.safeParse(raw);
    if (parsed.success) record = mergeQuizResult(parsed.data, record);
    else if (raw !== undefined) await tx.objectStore('setAside').add({ store: 'quizResults', record: raw, at: now.getTime() });
    await tx.objectStore('quizResults').put(record);
  });
  return record;
}
