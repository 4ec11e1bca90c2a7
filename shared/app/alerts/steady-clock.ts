import type { Clock } from "../ports";

/**
 * The app's "now": the wall clock, except while a timer runs, when it advances with the
 * monotonic clock from where it stood. So setting the wall clock back or forward (or an
 * NTP step) during a session neither loses nor adds worked time: the session's end is its
 * wall start plus the real elapsed time. See docs/timer.md.
 */
export interface SteadyClock extends Clock {
  /**
   * Compares the wall and monotonic clocks since the last look (on the tick) and returns
   * how far the wall clock jumped (ms, + forward), or 0. Between `suspended()` and
   * `resumed()` a look takes the wall clock's word for the time passed (the monotonic one
   * may stand still while asleep) and reports no jump: the idle question covers that time.
   */
  observe(): number;
  /** The machine is about to sleep (a tick may still run before it does). */
  suspended(): void;
  /** The machine woke: the time asleep is credited, and jumps are told again. */
  resumed(): void;
}

/** A gap between the two clocks over one tick above this is a clock change, not drift. */
export const JUMP_MS = 2 * 60_000;

export function createSteadyClock(clock: Clock, running: () => boolean): SteadyClock {
  const mono = clock.monotonic?.bind(clock);
  // now = monotonic + base. Re-synced to the wall clock whenever no timer runs; kept while
  // one runs. Null until the first reading: after a restart the wall clock is trusted once.
  let base: number | null = null;
  let last: { wall: number; mono: number } | null = null;
  let asleep = false;

  return {
    now() {
      const wall = clock.now();
      if (!mono) return wall;
      const m = mono();
      if (base === null || !running()) base = wall - m;
      // Whole ms: the monotonic clock has fractions, and a stored instant must be an integer
      // (instantSchema), or the saved document fails its check and is not trusted at start.
      return Math.round(m + base);
    },
    observe() {
      if (!mono) return 0;
      const wall = clock.now();
      const m = mono();
      const previous = last;
      last = { wall, mono: m };
      if (!previous) return 0;
      const gap = wall - previous.wall - (m - previous.mono);
      if (asleep) {
        if (base !== null) base += gap;
        return 0;
      }
      return Math.abs(gap) > JUMP_MS ? gap : 0;
    },
    suspended() {
      asleep = true;
      // Only the time asleep is credited, not a jump since the last tick.
      if (mono) last = { wall: clock.now(), mono: mono() };
    },
    resumed() {
      this.observe();
      asleep = false;
    },
  };
}
