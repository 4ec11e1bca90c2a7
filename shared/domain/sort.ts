/**
 * Sorting the instants of work (epoch ms: finite numbers, no NaN) ascending, in place, in a
 * Float64Array. Work in the app's order is sorted or nearly so, work from elsewhere may be in
 * no order; both are sorted here without a comparator call or an allocation. (V8's own sort
 * of a typed array copies it and runs a merge sort: about twice as slow for 1 000 instants.)
 */

/** Below this many values an insertion sort is the quickest. */
const SMALL = 24;

/** Sorts the first `count` values of `values` ascending, in place. */
export function sortInstants(values: Float64Array, count: number): void {
  let descents = 0;
  for (let i = 1; i < count; i++) {
    descents += Number((values[i] as number) < (values[i - 1] as number));
  }
  if (descents === 0) return;
  // Nearly sorted (only overlapping intervals' ends out of place): one insertion pass.
  if (count <= SMALL || descents <= count / 16) insertionSort(values, 0, count);
  else quickSort(values, 0, count, 2 * Math.log2(count));
}

function insertionSort(values: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= from && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * Quicksort of [from, to) with the median of three as pivot, recursing into the smaller part
 * only. Past `depth` levels (input built to defeat the pivot choice) the rest goes to the
 * native sort, so no input costs more than n log n.
 */
function quickSort(values: Float64Array, from: number, to: number, depth: number): void {
  while (to - from > SMALL) {
    if (depth-- <= 0) {
      values.subarray(from, to).sort();
      return;
    }
    const pivot = medianOfThree(
      values[from] as number,
      values[(from + to) >>> 1] as number,
      values[to - 1] as number,
    );
    let i = from;
    let j = to - 1;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    // [from, j] ≤ pivot ≤ [i, to): sort the smaller side first, loop on the larger.
    if (j + 1 - from < to - i) {
      quickSort(values, from, j + 1, depth);
      from = i;
    } else {
      quickSort(values, i, to, depth);
      to = j + 1;
    }
  }
  insertionSort(values, from, to);
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
