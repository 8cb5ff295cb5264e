import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/lib/content/schemas.ts';
import { scenarioProblems } from '../../src/lib/scenarios/graph.ts';
import { debrief, follow, scenarioIn } from '../../src/lib/scenarios/play.ts';

const text = (s: string) => ({ en: s, ka: s, fa: s, bg: s });
type Choice = Scenario['nodes'][number]['choices'][number];
const neutral: Choice['justice'] = { outcome: 0, procedural: 0, interactional: 0 };
const choice = (id: string, next: string, justice: Choice['justice'] = neutral, components: Choice['components'] = []): Choice => ({
  id,
  text: text(`say ${id}`),
  feedback: text(`why ${id}`),
  next,
  justice,
  components,
});

/** n1 → n2 → n3 → ending, with a bad branch from n2 to n4 → n5 → poor ending. */
function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    order: 1,
    title: text('T'),
    summary: text('S'),
    setting: text('Set'),
    lessons: ['l1'],
    cases: [],
    expects: ['identify', 'solve', 'follow-up'],
    start: 'n1',
    nodes: [
      { id: 'n1', customer: text('c1'), choices: [choice('a', 'n2', { outcome: 0, procedural: 1, interactional: 1 }, ['identify']), choice('b', 'n2', { outcome: 0, procedural: 0, interactional: -1 })] },
      { id: 'n2', customer: text('c2'), choices: [choice('a', 'n3', { outcome: 1, procedural: 1, interactional: 0 }, ['solve']), choice('b', 'n4')] },
      { id: 'n3', customer: text('c3'), choices: [choice('a', 'good', { outcome: 0, procedural: 0, interactional: 1 }, ['follow-up']), choice('b', 'mixed')] },
      { id: 'n4', customer: text('c4'), choices: [choice('a', 'n5'), choice('b', 'poor', { outcome: -1, procedural: -1, interactional: -1 })] },
      { id: 'n5', customer: text('c5'), choices: [choice('a', 'poor'), choice('b', 'mixed')] },
    ],
    endings: [
      { id: 'good', text: text('g'), tone: 'good' },
      { id: 'mixed', text: text('m'), tone: 'mixed' },
      { id: 'poor', text: text('p'), tone: 'poor' },
    ],
    ...overrides,
  };
}

describe('scenario graph', () => {
  it('accepts a scenario whose every path ends after three to five decisions', () => {
    expect(scenarioProblems(scenario())).toEqual([]);
  });

  it('names dead ids, unreachable nodes, loops and paths of the wrong length', () => {
    const s = scenario();
    s.nodes[2].choices[1].next = 'nowhere';
    expect(scenarioProblems(s)).toEqual(['choice "n3/b" leads to unknown "nowhere"']);

    const loop = scenario();
    loop.nodes[4].choices[0].next = 'n2';
    expect(scenarioProblems(loop).some((p) => p.startsWith('a path loops back to "n2"'))).toBe(true);

    const orphan = scenario();
    orphan.nodes.push({ id: 'n9', customer: text('x'), choices: [choice('a', 'good'), choice('b', 'poor')] });
    expect(scenarioProblems(orphan)).toContain('"n9" cannot be reached from the start');

    const short = scenario();
    short.nodes[0].choices[1].next = 'poor';
    expect(scenarioProblems(short)).toContain('1 path(s) end after fewer than 3 decisions');
  });
});

describe('playing a scenario', () => {
  const play = scenarioIn('s', scenario(), 'en');

  it('follows a path, and refuses one that does not fit', () => {
    expect(follow(play, [])?.node?.id).toBe('n1');
    expect(follow(play, ['a', 'b'])?.node?.id).toBe('n4');
    expect(follow(play, ['a', 'a', 'a'])?.ending?.id).toBe('good');
    expect(follow(play, ['a', 'z'])).toBeUndefined();
    expect(follow(play, ['a', 'a', 'a', 'a'])).toBeUndefined();
  });

  it('scores the three forms of justice and names the components used and missed', () => {
    const good = debrief(play, follow(play, ['a', 'a', 'a'])!.steps);
    expect(good.justice.map((j) => [j.form, j.verdict])).toEqual([
      ['outcome', 'served'],
      ['procedural', 'served'],
      ['interactional', 'served'],
    ]);
    expect(good.used).toEqual(['identify', 'solve', 'follow-up']);
    expect(good.missed).toEqual([]);

    const poor = debrief(play, follow(play, ['b', 'b', 'b'])!.steps);
    expect(poor.justice.map((j) => j.verdict)).toEqual(['harmed', 'harmed', 'harmed']);
    expect(poor.missed).toEqual(['identify', 'solve', 'follow-up']);
  });
});
