import type { LearnerDb } from './learnerDb.ts';
import { allOrNothing } from './transaction.ts';
import { settingsRecordSchema } from './records.ts';
import { validOrSetAside } from './validRecords.ts';
import { defaultSchedulerSettings, type SchedulerSettings } from '../scheduling/schedulerSettings.ts';

export interface SettingsRead {
  settings: SchedulerSettings;
  /** The stored settings failed validation: the defaults are in use and the record is untouched. */
  setAside: boolean;
}

export async function readSchedulerSettings(db: LearnerDb): Promise<SettingsRead> {
  const raw = await db.get('settings', 'scheduler');
  if (raw === undefined) return { settings: defaultSchedulerSettings, setAside: false };
  const parsed = settingsRecordSchema.safeParse(raw);
  return parsed.success ? { settings: parsed.data.value, setAside: false } : { settings: defaultSchedulerSettings, setAside: true };
}

export async function saveSchedulerSettings(db: LearnerDb, settings: SchedulerSettings, now: Date): Promise<void> {
  const tx = db.transaction(['settings', 'setAside'], 'readwrite');
  await allOrNothing(tx, async () => {
    await validOrSetAside(tx, 'settings', 'scheduler', settingsRecordSchema, now);
    await tx.objectStore('settings').put({ name: 'scheduler', value: settings, updatedAt: now.getTime() });
  });
}
