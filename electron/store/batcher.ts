export interface WriteBatcher<T> {
  /** Resolves once a write containing this document (or a later one) has completed. */
  save(document: T): Promise<void>;
  /** Writes what is pending now (at quit) after any write under way; resolves when done. */
  flush(): Promise<void>;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

interface Batch<T> {
  document: T;
  waiters: Waiter[];
}

/**
 * Coalesces saves: the first save of a batch schedules one write `delayMs` later, and every
 * save until then only replaces the document (the last one wins). The delay is not reset by
 * later saves, so a steady stream of saves is still written every `delayMs`. Writes may be
 * asynchronous: they run one at a time, in the order of their batches, so a later document
 * is never overwritten by an earlier one.
 */
export function createWriteBatcher<T>(
  write: (document: T) => void | Promise<void>,
  delayMs: number,
): WriteBatcher<T> {
  let batch: Batch<T> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The write under way (or the last one), settled: the next waits for it.
  let last: Promise<void> = Promise.resolve();

  const writeBatch = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const run = last.then(async () => {
      const current = batch;
      if (current === undefined) return;
      batch = undefined;
      try {
        await write(current.document);
      } catch (error) {
        // Keep the document so that the next save or flush (the one at quit) tries again,
        // unless a later one is already waiting.
        batch ??= { document: current.document, waiters: [] };
        for (const waiter of current.waiters) waiter.reject(error);
        throw error;
      }
      for (const waiter of current.waiters) waiter.resolve();
    });
    last = run.catch(() => undefined);
    return run;
  };

  return {
    save(document) {
      return new Promise<void>((resolve, reject) => {
        batch ??= { document, waiters: [] };
        batch.document = document;
        batch.waiters.push({ resolve, reject });
        timer ??= setTimeout(() => {
          // Its failure reaches the waiters; nothing else awaits this.
          writeBatch().catch(() => undefined);
        }, delayMs);
      });
    },
    flush: writeBatch,
  };
}
