/**
 * Runs a transaction's writes so that they are kept all together or not at all. IndexedDB
 * aborts a transaction on a failed request, but not when a write throws before it is even
 * queued (a full disk in some browsers, a value that cannot be stored): then the writes
 * already queued would be committed alone. Here any failure aborts the whole transaction.
 */
export async function allOrNothing(tx: { abort(): void; done: Promise<void> }, writes: () => Promise<void>): Promise<void> {
  // Its rejection after an abort is the same failure, reported below.
  tx.done.catch(() => {});
  try {
    await writes();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
  await tx.done;
}
