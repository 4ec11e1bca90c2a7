import type { Clock } from "../../shared/app/ports";

/** A clock the end-to-end tests move by hand; present only in the preview. */
export interface TestClock extends Clock {
  set(ms: number): void;
  advance(ms: number): void;
}

/**
 * The preview's clock: the real one, or with `?now=<ISO or epoch ms>` in the URL a clock
 * that stands still at that instant until a test moves it (`window.__jourTestClock`).
 */
export function previewClock(search: string, onMove: () => void): Clock {
  const start = parseInstant(new URLSearchParams(search).get("now"));
  if (start === null) return { now: () => Date.now() };
  let ms = start;
  const clock: TestClock = {
    now: () => ms,
    set(next) {
      ms = next;
      onMove();
    },
    advance(by) {
      ms += by;
      onMove();
    },
  };
  window.__jourTestClock = clock;
  return clock;
}

function parseInstant(value: string | null): number | null {
  if (value === null || value === "") return null;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

declare global {
  interface Window {
    __jourTestClock?: TestClock;
  }
}
