import * as z from 'zod/mini';

/** The learner's scheduling settings, as the settings page keeps them. */
export const schedulerSettingsSchema = z.strictObject({
  /** Probability of recall FSRS aims for at each review. */
  desiredRetention: z._default(z.number().check(z.gte(0.7), z.lte(0.97)), 0.9),
  /** Longest interval, in days. */
  maximumInterval: z._default(z.int().check(z.gte(1), z.lte(36500)), 36500),
  /** New cards introduced per study day. */
  newPerDay: z._default(z.int().check(z.gte(0), z.lte(999)), 20),
  /** Local hour (0-23) at which a study day ends and the next begins, as in Anki. */
  dayStartsAt: z._default(z.int().check(z.gte(0), z.lte(23)), 4),
  /** Spread intervals a little so cards learned together do not stay together (Anki does). */
  fuzz: z._default(z.boolean(), true),
});

export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

export const defaultSchedulerSettings: SchedulerSettings = schedulerSettingsSchema.parse({});
