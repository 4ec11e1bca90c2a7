import { defaultSettings, organizerText, weekPay, type Interval } from "../shared/index";
import { pairedMedians } from "./measure";

const MINUTE = 60_000;
const YEAR_START = Date.UTC(2025, 11, 29); // Monday of ISO week 1, 2026 (roughly Stockholm midnight)
const MINUTES_IN_YEAR = 525_600;

/** A deterministic year of work: ~500 incidents, some overlapping, 1–3 intervals each. */
export function yearOfWork(seed = 42): Interval[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const work: Interval[] = [];
  for (let incident = 0; incident < 500; incident++) {
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

/**
 * The cheapest per-minute scan there is: one fixed offset, the local hour of each minute,
 * a tariff bucket. No holidays, no DST, no union: a lower bound for any per-minute approach.
 */
export function minuteLoop(): number {
  const counts = [0, 0, 0, 0];
  const offset = 3_600_000;
  for (let m = 0; m < MINUTES_IN_YEAR; m++) {
    const hour = Math.floor((YEAR_START + m * MINUTE + offset) / 3_600_000) % 24;
    const tariff = hour < 6 || hour >= 22 ? 3 : 1;
    counts[tariff] = (counts[tariff] ?? 0) + 1;
  }
  return counts[1] ?? 0;
}

export function benchRules(): { report: number; loop: number; ratio: number } {
  const work = yearOfWork();
  const [report, loop] = pairedMedians(() => yearReport(work), minuteLoop);
  return { report, loop, ratio: report / loop };
}
