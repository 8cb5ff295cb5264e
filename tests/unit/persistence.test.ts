import { describe, expect, it, vi } from 'vitest';
import { askToKeepStorage, storagePersistence, type PersistenceApi } from '../../src/lib/storage/persistence.ts';

const api = (persisted: boolean | Error, persist: boolean | Error) => {
  const answer = (value: boolean | Error) => () => (value instanceof Error ? Promise.reject(value) : Promise.resolve(value));
  return { persisted: vi.fn(answer(persisted)), persist: vi.fn(answer(persist)) } satisfies PersistenceApi;
};

describe('storage persistence', () => {
  it('is unknown where the browser has no storage manager or it fails', async () => {
    expect(await storagePersistence(undefined)).toBe('unknown');
    expect(await storagePersistence({})).toBe('unknown');
    expect(await storagePersistence(api(new Error('denied'), true))).toBe('unknown');
  });

  it('only reads the state, never asks, when the page merely shows it', async () => {
    const best = api(false, true);
    expect(await storagePersistence(best)).toBe('best-effort');
    expect(await storagePersistence(api(true, false))).toBe('persistent');
    expect(best.persist).not.toHaveBeenCalled();
  });

  it('asks only while storage is best-effort, and reports what the browser granted', async () => {
    const kept = api(true, false);
    expect(await askToKeepStorage(kept)).toBe('persistent');
    expect(kept.persist).not.toHaveBeenCalled();

    const granted = api(false, true);
    expect(await askToKeepStorage(granted)).toBe('persistent');
    expect(granted.persist).toHaveBeenCalledOnce();

    expect(await askToKeepStorage(api(false, false))).toBe('best-effort');
    expect(await askToKeepStorage(api(false, new Error('no')))).toBe('best-effort');
    expect(await askToKeepStorage({ persisted: () => Promise.resolve(false) })).toBe('best-effort');
    expect(await askToKeepStorage(undefined)).toBe('unknown');
  });
});

describe('keeping the learner storage', () => {
  it('asks the browser once a page, however many writes call it', async () => {
    vi.resetModules();
    const browser = api(false, true);
    vi.stubGlobal('navigator', { storage: browser });
    const { keepLearnerStorage } = await import('../../src/lib/storage/persistence.ts');
    expect(await keepLearnerStorage()).toBe('persistent');
    expect(await keepLearnerStorage()).toBe('persistent');
    expect(browser.persist).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
