import type { Scenario } from '../content/schemas.ts';
import { justiceForms, recoveryComponents, type JusticeForm, type RecoveryComponent } from './terms.ts';
import type { Locale } from '../i18n/locales.ts';

/** A scenario in one locale, as the role-play island gets it. */
export interface PlayChoice {
  id: string;
  text: string;
  feedback: string;
  next: string;
  justice: Record<JusticeForm, -1 | 0 | 1>;
  components: RecoveryComponent[];
}
export interface PlayScenario {
  id: string;
  title: string;
  setting: string;
  expects: RecoveryComponent[];
  start: string;
  nodes: { id: string; customer: string; choices: PlayChoice[] }[];
  endings: { id: string; text: string; tone: 'good' | 'mixed' | 'poor' }[];
}

export function scenarioIn(id: string, s: Scenario, locale: Locale): PlayScenario {
  return {
    id,
    title: s.title[locale],
    setting: s.setting[locale],
    expects: s.expects,
    start: s.start,
    nodes: s.nodes.map((n) => ({
      id: n.id,
      customer: n.customer[locale],
      choices: n.choices.map((c) => ({ id: c.id, text: c.text[locale], feedback: c.feedback[locale], next: c.next, justice: c.justice, components: c.components })),
    })),
    endings: s.endings.map((e) => ({ id: e.id, text: e.text[locale], tone: e.tone })),
  };
}

export interface Step {
  node: PlayScenario['nodes'][number];
  choice: PlayChoice;
}

export interface Position {
  steps: Step[];
  /** The node now waiting for a choice, or undefined once an ending is reached. */
  node?: PlayScenario['nodes'][number];
  ending?: PlayScenario['endings'][number];
}

/**
 * Follows a path of choice ids from the start. A path that does not fit the scenario (a
 * choice that is not offered, or steps past an ending) gives undefined, so a saved path
 * from an older version of the scenario is never half-applied.
 */
export function follow(s: PlayScenario, path: readonly string[]): Position | undefined {
  const nodes = new Map(s.nodes.map((n) => [n.id, n]));
  const endings = new Map(s.endings.map((e) => [e.id, e]));
  let node = nodes.get(s.start);
  const steps: Step[] = [];
  for (const choiceId of path) {
    const choice = node?.choices.find((c) => c.id === choiceId);
    if (!node || !choice) return undefined;
    steps.push({ node, choice });
    node = nodes.get(choice.next);
    if (!node) return endings.has(choice.next) && steps.length === path.length ? { steps, ending: endings.get(choice.next) } : undefined;
  }
  return node ? { steps, node } : undefined;
}

export type Verdict = 'served' | 'mixed' | 'harmed';

export interface Debrief {
  justice: { form: JusticeForm; total: number; verdict: Verdict }[];
  used: RecoveryComponent[];
  /** Components the scenario expects that the path never used. */
  missed: RecoveryComponent[];
}

/** Scores a path: each form of justice summed over the choices, and the components used. */
export function debrief(s: PlayScenario, steps: Step[]): Debrief {
  const justice = justiceForms.map((form) => {
    const total = steps.reduce((sum, { choice }) => sum + choice.justice[form], 0);
    return { form, total, verdict: (total > 0 ? 'served' : total < 0 ? 'harmed' : 'mixed') as Verdict };
  });
  const usedSet = new Set(steps.flatMap(({ choice }) => choice.components));
  const used = recoveryComponents.filter((c) => usedSet.has(c));
  return { justice, used, missed: s.expects.filter((c) => !usedSet.has(c)) };
}
