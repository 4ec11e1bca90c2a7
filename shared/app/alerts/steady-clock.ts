import type { Clock } from "../ports";

/**
 * The app's "now": the wall clock, except while a timer runs, when it advances with the
 * monotonic clock from where it stood. So setting the wall clock back (or an NTP step)
 * during a session loses no worked time: the session's end is its wall start plus the real
 * elapsed time. A forward jump is taken as a sleep whose event was missed, and asked
 * about like one. See docs/timer.md.
 */
export interface SteadyClock extends Clock {
  /**
   * Compares the wall and monotonic clocks since the last look (on the tick) and returns
   * how far the wall clock jumped (ms, + forward), or 0. Between `suspended()` and
   * `resumed()` a look takes the wall clock's word for the time passed (the monotonic one
   * may stand still while asleep) and reports no jump: the idle question covers that time.
   * A forward jump outside them is a sleep whose suspend event was missed (on Linux and
   * macOS the two look the same): it is credited like one and returned, for the watch to
   * ask about. Only a backward jump is a clock change that does not count.
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
      if (Math.abs(gap) <= JUMP_MS) return 0;
      if (gap > 0 && base !== null) base += gap;
      return gap;
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
