import type * as z from 'zod/mini';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LearnerSchema } from './learnerDb.ts';

/**
 * Every stored record is checked against its schema when read. A record that fails is never
 * allowed to crash a page, and never simply lost: reads report it, and a write that would
 * replace it first copies it to the set-aside store.
 */

export interface ValidRecords<T> {
  records: Map<string, T>;
  /** Records that failed validation, left where they are and reported. */
  setAside: unknown[];
}

export function readValid<T>(raw: unknown[], schema: z.ZodMiniType<T>, key: (value: T) => string): ValidRecords<T> {
  const records = new Map<string, T>();
  const setAside: unknown[] = [];
  for (const record of raw) {
    const parsed = schema.safeParse(record);
    if (parsed.success) records.set(key(parsed.data), parsed.data);
    else setAside.push(record);
  }
  return { records, setAside };
}

type KeptStore = Exclude<StoreNames<LearnerSchema>, 'setAside' | 'reviews'>;

/**
 * The record under `key`, if it is valid, read inside a write transaction that holds `store`
 * and the set-aside store. One that fails validation is copied there first, so whatever the transaction
 * writes in its place, the damaged record is kept.
 */
export async function validOrSetAside<T>(
  tx: IDBPTransaction<LearnerSchema, StoreNames<LearnerSchema>[], 'readwrite'>,
  store: KeptStore,
  key: string,
  schema: z.ZodMiniType<T>,
  now: Date,
): Promise<T | undefined> {
  const raw: unknown = await tx.objectStore(store).get(key);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (raw !== undefined) await tx.objectStore('setAside').add({ store, record: raw, at: now.getTime() });
  return undefined;
}
