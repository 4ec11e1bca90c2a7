export interface BenchResult {
  name: string;
  medianMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median wall time of `runs` calls after `warmup` calls, in ms. */
export function medianMs(fn: () => unknown, runs = 31, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  return median(Array.from({ length: runs }, () => timeOnce(fn)));
}

/**
 * Medians of two functions measured in alternation, so that both see the same load on a
 * busy machine: their ratio is what a benchmark here can report reliably.
 */
export function pairedMedians(
  a: () => unknown,
  b: () => unknown,
  runs = 61,
  warmup = 5,
): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timeOnce(a));
    tb.push(timeOnce(b));
  }
  return [median(ta), median(tb)];
}

/**
 * The fastest of `runs` alternating runs of each: a long run is preempted on a busy machine
 * far more often than a short one, which skews a ratio of medians between sizes; the least
 * disturbed runs compare what the code costs.
 */
export function pairedMinimums(
  a: () => unknown,
  b: () => unknown,
  runs = 41,
  warmup = 5,
): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  let ta = Infinity;
  let tb = Infinity;
  for (let i = 0; i < runs; i++) {
    ta = Math.min(ta, timeOnce(a));
    tb = Math.min(tb, timeOnce(b));
  }
  return [ta, tb];
}
