/** How many of a module's lessons the learner has marked done. */
export function countDone(lessonIds: readonly string[], done: ReadonlyMap<string, unknown>): number {
  return lessonIds.filter((id) => done.has(id)).length;
}
