import { createLightT } from '../../lib/i18n/lightT.ts';
import { isLocale } from '../../lib/i18n/locales.ts';
import { openLearnerDb } from '../../lib/storage/learnerDb.ts';
import { readQuizResults } from '../../lib/storage/quizResults.ts';

/**
 * Fills in the best and last quiz score of each lesson on the page, in the page's words and
 * digits; shows nothing for a quiz not taken, or where storage cannot be read.
 */
export async function fillQuizScores(): Promise<void> {
  const lang = document.documentElement.lang;
  if (!isLocale(lang)) return;
  const db = await openLearnerDb();
  const { results } = await readQuizResults(db);
  db.close();
  for (const el of document.querySelectorAll<HTMLElement>('[data-quiz-score]')) {
    const result = results.get(el.dataset.quizScore ?? '');
    if (!result) continue;
    const t = createLightT(lang, { 'quiz.scoreLine': el.dataset.template ?? '' });
    el.textContent = t('quiz.scoreLine', { best: result.best.score, last: result.last.score, total: result.last.total });
    el.hidden = false;
  }
}
