/**
 * Small preferences (theme, last locale) and the path of a role-play in progress, in
 * localStorage, which can be read synchronously. Storage can be disabled or full; what cannot
 * be kept is simply not kept, and the page goes on working. Learner progress does not live here.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function defaultStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function readSetting(key: string, store = defaultStore()): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns whether the value was kept. */
export function writeSetting(key: string, value: string | null, store = defaultStore()): boolean {
  try {
    if (!store) return false;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
