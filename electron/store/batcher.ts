export interface WriteBatcher<T> {
  /** Resolves once a write containing this document (or a later one) has completed. */
  save(document: T): Promise<void>;
  /** Writes what is pending now (at quit); resolves at once if nothing is. */
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
 * later saves, so a steady stream of saves is still written every `delayMs`.
 */
export function createWriteBatcher<T>(
  write: (document: T) => void,
  delayMs: number,
): WriteBatcher<T> {
  let batch: Batch<T> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const writeBatch = (): unknown => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const current = batch;
    if (current === undefined) return undefined;
    batch = undefined;
    try {
      write(current.document);
    } catch (error) {
      // Keep the document so that the next save or flush (the one at quit) tries again.
      batch = { document: current.document, waiters: [] };
      for (const waiter of current.waiters) waiter.reject(error);
      return error;
    }
    for (const waiter of current.waiters) waiter.resolve();
    return undefined;
  };

  return {
    save(document) {
      return new Promise<void>((resolve, reject) => {
        batch ??= { document, waiters: [] };
        batch.document = document;
        batch.waiters.push({ resolve, reject });
        timer ??= setTimeout(writeBatch, delayMs);
      });
    },
    flush() {
      const error = writeBatch();
      return error === undefined ? Promise.resolve() : Promise.reject(error);
    },
  };
}
