/** Why the learner's state could not be read or kept, in terms the UI can explain. */
export type StorageProblem = 'unavailable' | 'full' | 'failed';

export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'NotSupportedError' || name === 'SecurityError' || name === 'InvalidStateError') return 'unavailable';
  return 'failed';
}

/** The translation key that tells the learner about a problem. */
export const storageProblemKey = {
  unavailable: 'storage.unavailable',
  full: 'storage.full',
  failed: 'storage.failed',
} as const satisfies Record<StorageProblem, string>;

/** What to tell the learner about a storage error, from the messages an island was handed. */
export function storageProblemMessage(messages: Partial<Record<(typeof storageProblemKey)[StorageProblem], string>>, error: unknown): string | undefined {
  return messages[storageProblemKey[classifyStorageError(error)]];
}
