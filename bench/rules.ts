import { defaultSettings, organizerText, weekPay, weeksPay, type Interval } from "../shared/index";
import { pairedMedians, pairedMinimums } from "./measure";
import { refOrganizerText, refWeekPay } from "./reference-core";

const MINUTE = 60_000;
const YEAR_START = Date.UTC(2025, 11, 29); // Monday of ISO week 1, 2026 (roughly Stockholm midnight)
const MINUTES_IN_YEAR = 525_600;

/**
 * Incidents in the year the budget is measured on: ~660 intervals, the year issue #13 defines
 * its budgets with. A busier year (500 incidents, ~1 000 intervals) is shown beside it.
 */
export const ISSUE_YEAR_INCIDENTS = 330;
export const BUSY_YEAR_INCIDENTS = 500;

/** A deterministic year of work: `incidents` incidents, some overlapping, 1–3 intervals each. */
export function yearOfWork(seed = 42, incidents = BUSY_YEAR_INCIDENTS): Interval[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const work: Interval[] = [];
  for (let incident = 0; incident < incidents; incident++) {
    let t = YEAR_START + Math.floor(random() * MINUTES_IN_YEAR) * MINUTE;
    const pieces = 1 + Math.floor(random() * 3);
    for (let p = 0; p < pieces; p++) {
      const length = (5 + Math.floor(random() * 175)) * MINUTE;
      work.push({ start: new Date(t), end: new Date(t + length) });
      t += length + Math.floor(random() * 120) * MINUTE;
    }
  }
  return work;
}

const weekInstants = Array.from(
  { length: 52 },
  (_, i) => new Date(YEAR_START + i * 7 * 1440 * MINUTE + 3 * 1440 * MINUTE),
);

/** The whole year's pay report as the app computes it: 52 weeks and one organizer text. */
export function yearReport(work: readonly Interval[]): number {
  let total = 0;
  for (const at of weekInstants) total += weekPay(at, work, defaultSettings).totalSek;
  return total + organizerText(weekInstants, work, defaultSettings).length;
}

/** The year's local days (Stockholm) as instants: midnight, 06:00, 22:00, and weekend. */
function yearDays(): { ends: Float64Array; six: Float64Array; ten: Float64Array; off: Uint8Array } {
  const days = 366;
  const ends = new Float64Array(days);
  const six = new Float64Array(days);
  const ten = new Float64Array(days);
  const off = new Uint8Array(days);
  const zone = "Europe/Stockholm";
  const offsetOf = (ms: number): number => {
    const local = new Date(ms).toLocaleString("sv-SE", { timeZone: zone });
    return Date.parse(`${local.replace(" ", "T")}Z`) - ms;
  };
  for (let d = 0; d < days; d++) {
    const midnight = YEAR_START + d * 1440 * MINUTE - 3_600_000;
    const at = (hours: number): number => {
      const guess = midnight + hours * 3_600_000;
      return guess - (offsetOf(guess) - 3_600_000);
    };
    ends[d] = at(24);
    six[d] = at(6);
    ten[d] = at(22);
    off[d] = d % 7 >= 5 ? 1 : 0; // YEAR_START is a Monday
  }
  return { ends, six, ten, off };
}

const days = yearDays();

/**
 * The plain per-minute scan PRODUCT §5 compares with: a for loop over `minutes` minute
 * instants from the year's minute `first`, each classified by comparisons with its day's
 * precomputed 06:00 and 22:00 and a weekend flag, counted per tariff. No union, no holidays:
 * a lower bound for any per-minute approach, and what "faster than one plain loop over the
 * minutes" means. Returns Σ tariff × minutes, so that no count can be left out.
 */
export function minuteLoop(first: number, minutes: number): number {
  const { ends, six, ten, off } = days;
  let taxa1 = 0;
  let taxa2 = 0;
  let taxa3 = 0;
  let d = 0;
  let t = YEAR_START + first * MINUTE;
  for (let m = 0; m < minutes; m++, t += MINUTE) {
    while (t >= (ends[d] as number)) d++;
    if (t < (six[d] as number) || t >= (ten[d] as number)) taxa3++;
    else if (off[d] === 1) taxa2++;
    else taxa1++;
  }
  return taxa1 + 2 * taxa2 + 3 * taxa3;
}

/** The year's minute loop, as measured. */
export const yearMinuteLoop = (): number => minuteLoop(0, MINUTES_IN_YEAR);

/**
 * Makes V8 optimize the loop as it runs in steady state. Its first call is long enough to be
 * compiled in the middle (on-stack replacement) before the code after the loop has run once;
 * in some processes V8 then kept sending every later call back to the interpreter, 2.4 to 4
 * times slower, which made the budget look easier than it is. Short calls over a Friday to
 * Sunday (every branch) first let it compile the whole function with complete feedback.
 */
export function warmMinuteLoop(): void {
  for (let i = 0; i < 200; i++) minuteLoop(4 * 1440, 3 * 1440);
}

/**
 * Brings the report to the steady state the loop is measured in. With only the few warm-up
 * calls of `pairedMedians`, V8 was still compiling the report's functions while the first
 * pairing ran: 0.35 ms a report there, 0.27–0.28 in the pairings after it, in one process.
 */
function warmReport(work: readonly Interval[]): void {
  for (let i = 0; i < 300; i++) yearReport(work);
}

/** The year report of `yearReport`, by the dependency-free reference (bench/reference-core). */
export function referenceYearReport(work: readonly Interval[]): number {
  let total = 0;
  for (const at of weekInstants) total += refWeekPay(at, work, defaultSettings).totalSek;
  return total + refOrganizerText(weekInstants, work, defaultSettings).length;
}

/** One instant in each week of `years` years from YEAR_START. */
function weeksOf(years: number): Date[] {
  return Array.from(
    { length: 52 * years },
    (_, i) => new Date(YEAR_START + i * 7 * 1440 * MINUTE + 3 * 1440 * MINUTE),
  );
}

/** `years` years of work: the year of work repeated a year later each time. */
function workOf(years: number): Interval[] {
  const year = yearOfWork();
  const shift = 52 * 7 * 1440 * MINUTE;
  return Array.from({ length: years }, (_, y) =>
    year.map((w) => ({
      start: new Date(w.start.getTime() + y * shift),
      end: new Date(w.end.getTime() + y * shift),
    })),
  ).flat();
}

export interface RulesBench {
  /** Intervals in the measured year, and in the busier year. */
  intervals: number;
  busyIntervals: number;
  /** The year's report asking again with the same work array (the rules keep its check). */
  report: number;
  /** The same with a fresh copy of the array per report, as the app passes its work. */
  reportFresh: number;
  loop: number;
  reference: number;
  /** report / loop (budget ≤ 0.3) and report / reference (budget ≤ 1.0), each paired. */
  ratio: number;
  freshRatio: number;
  referenceRatio: number;
  freshReferenceRatio: number;
  /** weeksPay of every week of 1 and of 10 years, fresh arrays, fastest runs: work in the
   * app's order (by start, as incidents are stored; budget ≤ 12) and in no order. */
  weeks1: number;
  weeks10: number;
  weeksRatio: number;
  unorderedRatio: number;
  /** report / loop for the busier year (information). */
  busyRatio: number;
}

export function benchRules(): RulesBench {
  const work = yearOfWork(42, ISSUE_YEAR_INCIDENTS);
  const busy = yearOfWork(42, BUSY_YEAR_INCIDENTS);
  for (const year of [work, busy]) {
    if (yearReport(year) !== referenceYearReport(year)) {
      throw new Error("the core and the reference disagree on the year's report");
    }
  }
  warmMinuteLoop();
  warmReport(work);
  const [report, loop] = pairedMedians(() => yearReport(work), yearMinuteLoop);
  const [reportFresh, loop2] = pairedMedians(() => yearReport([...work]), yearMinuteLoop);
  const [report2, reference] = pairedMedians(
    () => yearReport(work),
    () => referenceYearReport(work),
  );
  const [reportFresh2, reference2] = pairedMedians(
    () => yearReport([...work]),
    () => referenceYearReport(work),
  );
  warmReport(busy);
  const [busyReport, loop3] = pairedMedians(() => yearReport(busy), yearMinuteLoop);
  const byStart = (work: Interval[]) =>
    [...work].sort((a, b) => a.start.getTime() - b.start.getTime());
  const [w1, d1, s1] = [weeksOf(1), workOf(1), byStart(workOf(1))];
  const [w10, d10, s10] = [weeksOf(10), workOf(10), byStart(workOf(10))];
  // A fresh array each call: every interval checked, sorted and merged, every week walked.
  const [weeks1, weeks10] = pairedMinimums(
    () => weeksPay(w1, [...s1], defaultSettings),
    () => weeksPay(w10, [...s10], defaultSettings),
  );
  // In no order, the two sorts of n instants grow as n log n: information, not the budget.
  const [unordered1, unordered10] = pairedMinimums(
    () => weeksPay(w1, [...d1], defaultSettings),
    () => weeksPay(w10, [...d10], defaultSettings),
  );
  return {
    intervals: work.length,
    busyIntervals: busy.length,
    report,
    reportFresh,
    loop,
    reference,
    ratio: report / loop,
    freshRatio: reportFresh / loop2,
    referenceRatio: report2 / reference,
    freshReferenceRatio: reportFresh2 / reference2,
    weeks1,
    weeks10,
    weeksRatio: weeks10 / weeks1,
    unorderedRatio: unordered10 / unordered1,
    busyRatio: busyReport / loop3,
  };
}
