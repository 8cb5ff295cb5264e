/**
 * Whether the browser keeps the learner's storage until they clear it themselves
 * ("persistent"), or may clear it when the device runs short of space ("best-effort", where
 * every site starts).
 */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

/** The part of the StorageManager this needs: `navigator.storage` in a browser. */
export interface PersistenceApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export async function storagePersistence(api: PersistenceApi | undefined): Promise<Persistence> {
  if (!api?.persisted) return 'unknown';
  try {
    return (await api.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/**
 * Asks the browser to keep the learner's storage. Chromium and Safari decide without asking
 * (by how the site is used); Firefox asks the person, so call this after something they did
 * (a rating, a lesson marked done), never on load.
 */
export async function askToKeepStorage(api: PersistenceApi | undefined): Promise<Persistence> {
  const now = await storagePersistence(api);
  if (now !== 'best-effort' || !api?.persist) return now;
  try {
    return (await api.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

let asked: Promise<Persistence> | undefined;

/**
 * Asks this browser to keep the learner's storage, at most once a page however many writes
 * call it: call it after every write the learner makes.
 */
export function keepLearnerStorage(): Promise<Persistence> {
  return (asked ??= askToKeepStorage(globalThis.navigator?.storage));
}
