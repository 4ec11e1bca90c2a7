/**
 * A per-minute brute force of the rest rule (shared/domain/rest.ts, docs/rules.md "Rest"),
 * written from the rule's words with the plain helpers of ./reference: every minute of the
 * period and the week around it is classified on its own (worked on an incident, regular
 * hours by the local clock, or free), and rests are runs of free minutes.
 */
import type { Interval, RestSettings, Settings } from "../../shared/index";
import { DAY, HOUR, MINUTE, isHoliday, isoWeekday, minutesOf, offsetAt, wallOf } from "./reference";

const HORIZON = 7 * DAY;

/** The first whole minute at which the local clock reads `wall` (wall ms) or later. */
function firstMinuteAtOrAfter(wall: number, zone: string): number {
  let t = wall - 15 * HOUR;
  while (t + offsetAt(t, zone) < wall) t += MINUTE;
  return t;
}

interface Minutes {
  from: number;
  incident: Uint8Array;
  regular: Uint8Array;
}

function classify(
  from: number,
  to: number,
  work: readonly Interval[],
  r: RestSettings,
  s: Settings,
): Minutes {
  const n = (to - from) / MINUTE;
  const incident = new Uint8Array(n);
  const regular = new Uint8Array(n);
  for (const w of work) {
    for (
      let t = Math.max(w.start.getTime(), from);
      t < Math.min(w.end.getTime(), to);
      t += MINUTE
    ) {
      incident[(t - from) / MINUTE] = 1;
    }
  }
  const open = minutesOf(r.regular.start);
  const close = minutesOf(r.regular.end);
  for (let i = 0; i < n; i++) {
    const wall = wallOf(from + i * MINUTE, s.timeZone);
    const day = (r.regular.days as number[]).includes(isoWeekday(wall.day));
    if (
      day &&
      !isHoliday(wall.day, s.eveningsAsHolidays) &&
      wall.minute >= open &&
      wall.minute < close
    ) {
      regular[i] = 1;
    }
  }
  return { from, incident, regular };
}

type Run = [start: number, end: number];

/** Runs (as instants) of the minutes for which `pick(i)` holds. */
function runs(m: Minutes, pick: (i: number) => boolean): Run[] {
  const found: Run[] = [];
  const n = m.incident.length;
  for (let i = 0; i < n;) {
    if (!pick(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && pick(j)) j++;
    found.push([m.from + i * MINUTE, m.from + j * MINUTE]);
    i = j;
  }
  return found;
}

const length = (run: Run | undefined) => (run ? run[1] - run[0] : 0);
function longestRun(list: Run[]): Run | undefined {
  let best: Run | undefined;
  for (const run of list) if (length(run) > length(best)) best = run;
  return best;
}

export function refDailyRest(at: number, work: readonly Interval[], r: RestSettings, s: Settings) {
  const zone = s.timeZone;
  const periodAt = (day: number) =>
    firstMinuteAtOrAfter(day * DAY + minutesOf(r.periodStart) * MINUTE, zone);
  let day = wallOf(at, zone).day;
  if (at < periodAt(day)) day--;
  else if (at >= periodAt(day + 1)) day++;
  const start = periodAt(day);
  const end = periodAt(day + 1);
  const m = classify(start - HORIZON, end + HORIZON, work, r, s);
  const rests = runs(m, (i) => !m.incident[i] && !m.regular[i]);
  const firstRegular = runs(m, (i) => m.regular[i] === 1).find(([a]) => a >= start && a < end);
  let counted: Run | undefined;
  if (firstRegular) {
    for (const run of rests) if (run[1] <= firstRegular[0]) counted = run;
  } else {
    counted = longestRun(rests.filter(([a, e]) => e > start && a < end));
  }
  const daily = r.dailyRestHours * HOUR;
  const shortMs = Math.max(0, daily - length(counted));
  let earliestStart: number | null = null;
  if (shortMs > 0 && firstRegular) {
    const [fa, fb] = firstRegular;
    const inFirst = (i: number) => m.from + i * MINUTE >= fa && m.from + i * MINUTE < fb;
    const free = runs(m, (i) => !m.incident[i] && (!m.regular[i] || inFirst(i)));
    for (const [a, e] of free) {
      if (e <= fa) continue;
      const t = Math.max(fa, a + daily);
      if (t <= e) {
        earliestStart = t;
        break;
      }
    }
  }
  return { start, end, restMs: length(counted), shortMs, earliestStart };
}

export function refWeeklyRest(
  from: number,
  work: readonly Interval[],
  r: RestSettings,
  s: Settings,
) {
  const end = firstMinuteAtOrAfter(from + offsetAt(from, s.timeZone) + 7 * DAY, s.timeZone);
  const m = classify(from, end, work, r, s);
  const longest = length(longestRun(runs(m, (i) => !m.incident[i] && !m.regular[i])));
  return { end, longestRestMs: longest, shortMs: Math.max(0, r.weeklyRestHours * HOUR - longest) };
}
