import type { Scenario } from '../content/schemas.ts';

/** Decision points on any path from the start to an ending, as the issue asks: three to five. */
export const pathLength = { min: 3, max: 5 } as const;

/**
 * What must hold for a scenario to be played: ids unique, every choice leading somewhere
 * that exists, every node reachable from the start, every ending reached, no loop (so every
 * path ends), and every path three to five decisions long.
 */
export function scenarioProblems(s: Scenario): string[] {
  const problems: string[] = [];
  const nodes = new Map(s.nodes.map((n) => [n.id, n]));
  const endings = new Set(s.endings.map((e) => e.id));
  const ids = [...s.nodes.map((n) => n.id), ...s.endings.map((e) => e.id)];
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`id "${id}" is used more than once`);
  if (!nodes.has(s.start)) problems.push(`start "${s.start}" is not a node`);
  for (const node of s.nodes) {
    const choiceIds = node.choices.map((c) => c.id);
    if (new Set(choiceIds).size !== choiceIds.length) problems.push(`node "${node.id}" repeats a choice id`);
    for (const c of node.choices)
      if (!nodes.has(c.next) && !endings.has(c.next)) problems.push(`choice "${node.id}/${c.id}" leads to unknown "${c.next}"`);
  }
  if (problems.length) return problems;

  const reached = new Set<string>();
  const lengths: number[] = [];
  // Depth-first over every path; `onPath` catches loops.
  const walk = (id: string, depth: number, onPath: string[]) => {
    reached.add(id);
    if (endings.has(id)) {
      lengths.push(depth);
      return;
    }
    if (onPath.includes(id)) {
      problems.push(`a path loops back to "${id}" (${[...onPath, id].join(' → ')})`);
      return;
    }
    for (const c of nodes.get(id)!.choices) walk(c.next, depth + 1, [...onPath, id]);
  };
  walk(s.start, 0, []);
  for (const id of ids) if (!reached.has(id)) problems.push(`"${id}" cannot be reached from the start`);
  const short = lengths.filter((n) => n < pathLength.min).length;
  const long = lengths.filter((n) => n > pathLength.max).length;
  if (short) problems.push(`${short} path(s) end after fewer than ${pathLength.min} decisions`);
  if (long) problems.push(`${long} path(s) take more than ${pathLength.max} decisions`);
  return problems;
}
