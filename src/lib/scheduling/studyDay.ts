/**
 * A study day runs from the rollover hour to the same hour the next day, in the learner's
 * local time: with the rollover at 4, a review at 01:30 on Tuesday still counts for Monday.
 */
const hour = 60 * 60 * 1000;

/** The study day a moment belongs to, as "YYYY-MM-DD" of the day it started on. */
export function studyDayOf(now: Date, dayStartsAt: number): string {
  const shifted = new Date(now.getTime() - dayStartsAt * hour);
  const y = shifted.getFullYear();
  const m = String(shifted.getMonth() + 1).padStart(2, '0');
  const d = String(shifted.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** When the study day that contains `now` ends: the next rollover, local time. */
export function endOfStudyDay(now: Date, dayStartsAt: number): Date {
  const end = new Date(now);
  end.setHours(dayStartsAt, 0, 0, 0);
  if (end.getTime() <= now.getTime()) end.setDate(end.getDate() + 1);
  return end;
}

/** When the study day that contains `now` began: the last rollover, local time. */
export function startOfStudyDay(now: Date, dayStartsAt: number): Date {
  const start = endOfStudyDay(now, dayStartsAt);
  start.setDate(start.getDate() - 1);
  return start;
}
