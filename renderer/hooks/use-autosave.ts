import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

/** "idle": nothing edited yet in this view. */
export type AutosaveState = "idle" | "saved" | "pending" | "saving" | "failed";

export interface Autosave<T = unknown> {
  state: AutosaveState;
  /** The last save's error (null after a save that worked). */
  error: unknown;
  /** Saves a pending change now (a submit, before an import replaces the data). */
  flush(): Promise<void>;
  /**
   * The stored value changed under the form (an import replaced the data): `value` is what
   * is saved now, so the fields reloaded from it are not a change to save back.
   */
  rebase(value: T): void;
}

/**
 * Saves `value` as the user types: `delayMs` after the last change, and at once when the
 * view goes away or the window is closed, so no edit is lost by leaving. `save` resolves
 * with the error (or null), as useAction does. A change made while a save runs is saved
 * after it. The value given first counts as saved.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  delayMs = 500,
): Autosave<T> {
  const [state, setState] = useState<AutosaveState>("idle");
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(value);
  const savedText = useRef(JSON.stringify(value));
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);
  // The latest value and save, for the timer and the unmount (set before any effect runs).
  useLayoutEffect(() => {
    latest.current = value;
    saveRef.current = save;
  });

  const run = useCallback(async (): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time; the latest value is saved after the one running.
    while (running.current) await running.current;
    const current = latest.current;
    const text = JSON.stringify(current);
    if (text === savedText.current) {
      if (mounted.current) setState((s) => (s === "failed" || s === "idle" ? s : "saved"));
      return;
    }
    if (mounted.current) setState("saving");
    const task = (async () => {
      const failure = await saveRef.current(current);
      if (failure === null || failure === undefined) savedText.current = text;
      if (!mounted.current) return;
      setError(failure ?? null);
      const changedSince = JSON.stringify(latest.current) !== savedText.current;
      setState(failure ? "failed" : changedSince ? "pending" : "saved");
    })();
    running.current = task;
    try {
      await task;
    } finally {
      running.current = null;
    }
  }, []);

  const text = JSON.stringify(value);
  useEffect(() => {
    if (text === savedText.current) return;
    setState("pending");
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), delayMs);
  }, [text, delayMs, run]);

  // Leaving the view, or closing the window, saves what is pending at once.
  useEffect(() => {
    mounted.current = true;
    const onHide = () => {
      if (timer.current !== null) void run();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    return () => {
      mounted.current = false;
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      if (timer.current !== null) void run();
    };
  }, [run]);

  const rebase = useCallback((stored: T) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    savedText.current = JSON.stringify(stored);
    setState("idle");
  }, []);

  return { state, error, flush: run, rebase };
}
