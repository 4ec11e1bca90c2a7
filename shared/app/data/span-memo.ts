/**
 * One value kept for a span of time: what was derived from some inputs at an instant, and
 * holds unchanged up to (not including) the next moment that could change it, as long as
 * the inputs are the very same objects (the document is never changed in place, so the same
 * object is the same value). The tick then skips the work on most passes. A clock set back
 * before the span's start leaves it, so nothing is reused on a guess.
 */
export interface SpanMemo<I extends readonly unknown[], V> {
  /** The value kept for these inputs, if `now` is within its span. */
  get(inputs: I, now: number): V | undefined;
  /** Keeps `value`, derived from `inputs` at `now`, until `until` (exclusive). */
  keep(inputs: I, now: number, until: number, value: V): V;
}

export function createSpanMemo<I extends readonly unknown[], V>(): SpanMemo<I, V> {
  let kept: { inputs: I; from: number; until: number; value: V } | null = null;
  return {
    get(inputs, now) {
      if (!kept || now < kept.from || now >= kept.until) return undefined;
      const known = kept.inputs;
      const same = inputs.length === known.length && inputs.every((input, i) => input === known[i]);
      return same ? kept.value : undefined;
    },
    keep(inputs, now, until, value) {
      kept = { inputs, from: now, until, value };
      return value;
    },
  };
}
