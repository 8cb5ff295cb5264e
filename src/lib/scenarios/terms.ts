/**
 * The words a role-play is scored in. Kept apart from the content schemas so the browser code
 * that plays and debriefs a scenario does not load zod.
 */

/** The six components of a service recovery system, as the recovery lesson teaches them. */
export const recoveryComponents = ['identify', 'empower', 'solve', 'classify', 'integrate', 'follow-up'] as const;
/** The three forms of justice a customer looks for in a recovery. */
export const justiceForms = ['outcome', 'procedural', 'interactional'] as const;

export type RecoveryComponent = (typeof recoveryComponents)[number];
export type JusticeForm = (typeof justiceForms)[number];
