import * as z from 'zod/mini';
import type { LearnerDb, LessonMarkRecord } from './learnerDb.ts';
import {
  cardRecordSchema,
  quizResultSchema,
  reviewEntrySchema,
  settingsRecordSchema,
  type CardRecord,
  type QuizResultRecord,
  type ReviewEntry,
  type SettingsRecord,
} from './records.ts';
import { mergeQuizResult, readQuizResults } from './quizResults.ts';
import { lessonMarkSchema, readLessonMarks } from './lessonMarks.ts';
import { readCards, readLog } from './cardStore.ts';
import { allOrNothing } from './transaction.ts';
import { validOrSetAside } from './validRecords.ts';

/**
 * A learner's whole progress as a JSON file: to move it to another device, or keep it safe.
 * Importing merges, never overwrites: each card keeps whichever record changed last, the
 * review logs are joined, and a lesson keeps the first time it was marked done.
 */
export const progressFormat = 'loyalty-lab-progress';
export const progressVersion = 1;

export interface LearnerState {
  lessonMarks: LessonMarkRecord[];
  cards: CardRecord[];
  reviews: ReviewEntry[];
  settings: SettingsRecord | null;
  quizResults: QuizResultRecord[];
}

const fileSchema = z.strictObject({
  format: z.literal(progressFormat),
  version: z.literal(progressVersion),
  exportedAt: z.iso.datetime(),
  lessonMarks: z.array(lessonMarkSchema),
  cards: z.array(cardRecordSchema),
  reviews: z.array(reviewEntrySchema),
  settings: z.nullable(settingsRecordSchema),
  /** Added after the first files were written, which import as having none. */
  quizResults: z._default(z.array(quizResultSchema), []),
});

export function serializeProgress(state: LearnerState, now: Date): string {
  return JSON.stringify({ format: progressFormat, version: progressVersion, exportedAt: now.toISOString(), ...state });
}

export type ParseProblem = 'not-json' | 'foreign' | 'newer' | 'damaged';
export type ParseResult = { ok: true; state: LearnerState; exportedAt: string } | { ok: false; problem: ParseProblem; detail?: string };

export function parseProgress(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const head = z.looseObject({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== progressFormat) return { ok: false, problem: 'foreign' };
  if (head.data.version > progressVersion) return { ok: false, problem: 'newer' };
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, problem: 'damaged', detail: `${issue.path.join('.')}: ${issue.message}` };
  }
  const { format: _f, version: _v, exportedAt, ...state } = parsed.data;
  return { ok: true, state, exportedAt };
}

export interface MergePlan {
  /** What the database should hold afterwards. */
  merged: LearnerState;
  /** Only what changes: the records to write. */
  writes: LearnerState;
  /** For the preview: cards the file brings that are newer here, and those kept because this device's are newer. */
  counts: {
    cardsAdded: number;
    cardsUpdated: number;
    cardsKept: number;
    reviewsAdded: number;
    lessonsAdded: number;
    quizzesChanged: number;
    settingsChanged: boolean;
  };
}

export function planMerge(current: LearnerState, incoming: LearnerState): MergePlan {
  const writes: LearnerState = { lessonMarks: [], cards: [], reviews: [], settings: null, quizResults: [] };
  const counts = { cardsAdded: 0, cardsUpdated: 0, cardsKept: 0, reviewsAdded: 0, lessonsAdded: 0, quizzesChanged: 0, settingsChanged: false };

  const cards = new Map(current.cards.map((c) => [c.id, c]));
  for (const card of incoming.cards) {
    const here = cards.get(card.id);
    if (!here || card.updatedAt > here.updatedAt) {
      if (here) counts.cardsUpdated++;
      else counts.cardsAdded++;
      cards.set(card.id, card);
      writes.cards.push(card);
    } else if (card.updatedAt < here.updatedAt) counts.cardsKept++;
  }

  const reviews = new Map(current.reviews.map((r) => [r.id, r]));
  for (const entry of incoming.reviews) {
    if (reviews.has(entry.id)) continue;
    reviews.set(entry.id, entry);
    writes.reviews.push(entry);
    counts.reviewsAdded++;
  }

  const marks = new Map(current.lessonMarks.map((m) => [m.lessonId, m]));
  for (const mark of incoming.lessonMarks) {
    const here = marks.get(mark.lessonId);
    if (here && here.doneAt <= mark.doneAt) continue;
    if (!here) counts.lessonsAdded++;
    marks.set(mark.lessonId, mark);
    writes.lessonMarks.push(mark);
  }

  const quizzes = new Map(current.quizResults.map((q) => [q.lessonId, q]));
  for (const result of incoming.quizResults) {
    const here = quizzes.get(result.lessonId);
    const merged = here ? mergeQuizResult(here, result) : result;
    if (here && JSON.stringify(merged) === JSON.stringify(here)) continue;
    quizzes.set(result.lessonId, merged);
    writes.quizResults.push(merged);
    counts.quizzesChanged++;
  }

  let settings = current.settings;
  if (incoming.settings && (!settings || incoming.settings.updatedAt > settings.updatedAt)) {
    settings = writes.settings = incoming.settings;
    counts.settingsChanged = true;
  }

  const merged: LearnerState = {
    lessonMarks: [...marks.values()],
    cards: [...cards.values()],
    reviews: [...reviews.values()].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)),
    settings,
    quizResults: [...quizzes.values()],
  };
  return { merged, writes, counts };
}

/** Everything valid in the database; records that fail validation stay behind, reported elsewhere. */
export async function readLearnerState(db: LearnerDb): Promise<LearnerState> {
  const [cards, log, marks, settings, quizzes] = await Promise.all([
    readCards(db),
    readLog(db),
    readLessonMarks(db),
    db.get('settings', 'scheduler'),
    readQuizResults(db),
  ]);
  const settingsParsed = settingsRecordSchema.safeParse(settings);
  return {
    lessonMarks: [...marks.done].map(([lessonId, doneAt]) => ({ lessonId, doneAt })),
    cards: [...cards.records.values()],
    reviews: log.entries,
    settings: settingsParsed.success ? settingsParsed.data : null,
    quizResults: [...quizzes.results.values()],
  };
}

/**
 * Writes a plan's records in one transaction, applying the same rule again against what is
 * stored now, so a review made in another tab since the preview is not overwritten. A damaged
 * record the file replaces is set aside first, as every write does.
 */
export async function applyMerge(db: LearnerDb, writes: LearnerState, now = new Date()): Promise<void> {
  const tx = db.transaction(['cards', 'reviews', 'lessonMarks', 'settings', 'quizResults', 'setAside'], 'readwrite');
  const stored = <T>(store: Parameters<typeof validOrSetAside>[1], key: string, schema: z.ZodMiniType<T>) => validOrSetAside(tx, store, key, schema, now);
  await allOrNothing(tx, async () => {
    for (const card of writes.cards) {
      const here = await stored('cards', card.id, cardRecordSchema);
      if (!here || card.updatedAt > here.updatedAt) await tx.objectStore('cards').put(card);
    }
    const reviews = tx.objectStore('reviews');
    for (const entry of writes.reviews) if (!(await reviews.getKey(entry.id))) await reviews.add(entry);
    for (const mark of writes.lessonMarks) {
      const here = await stored('lessonMarks', mark.lessonId, lessonMarkSchema);
      if (!here || mark.doneAt < here.doneAt) await tx.objectStore('lessonMarks').put(mark);
    }
    for (const result of writes.quizResults) {
      const here = await stored('quizResults', result.lessonId, quizResultSchema);
      await tx.objectStore('quizResults').put(here ? mergeQuizResult(here, result) : result);
    }
    if (writes.settings) {
      const here = await stored('settings', 'scheduler', settingsRecordSchema);
      if (!here || writes.settings.updatedAt > here.updatedAt) await tx.objectStore('settings').put(writes.settings);
    }
  });
}
