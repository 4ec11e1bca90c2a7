// rest/: the rest after work (daily and weekly, Arbetstidslagen) as Now and the report show it.
import { firedSet } from "../data/derived";
import { dailyRest, dailyRests, weeklyRest } from "../../index";
import type { DailyRest, Interval } from "../../index";
import type { JourData } from "../data/document";
import type { DesktopNotification } from "../ports";
import { formatHoursText, formatMoment } from "../texts/format";
import { allWork } from "../incidents/intervals";
import { localClock, localDate, localMidnight, localParts } from "../../domain/local-time";
import { exactClock } from "../../domain/wall-time";
import type { RestAdvice, WeekRest } from "./rest-views";
import { textsFor } from "../texts/texts";
import type { WeekInfo } from "../weeks/week-views";

/**
 * The rest rule (docs/rules.md "Rest after work") as the app shows it: the advice on Now
 * after night work, its notification, and each week's short days and longest rest.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The rule looks 7 days around a period; a little more covers the periods asked about. */
const AROUND_MS = 10 * DAY_MS;

/**
 * The advice while the rest before the next working day is short and that day can still
 * start late enough: for the period holding `now` or the next one. None while a timer runs
 * (the night's work is not over) or when switched off.
 */
export function restAdvice(data: JourData, now: number): RestAdvice | null {
  if (data.timer?.runningSince != null) return null;
  // Asked on every status read: kept until the work, the settings or the period change.
  const known = memo.get(data.incidents);
  if (known && known.settings === data.settings && now >= known.from && now < known.until) {
    return known.advice && known.advice.earliestStart > now ? known.advice : null;
  }
  const { settings } = data;
  const work = allWork(data, now, { start: now - AROUND_MS, end: now + AROUND_MS });
  const current = dailyRest(new Date(now), work, settings.rest, settings.rules);
  let advice: RestAdvice | null = null;
  for (const day of [current, dailyRest(current.end, work, settings.rest, settings.rules)]) {
    const start = day.earliestStart?.getTime();
    if (day.shortMs > 0 && day.rest && start !== undefined && start > now) {
      advice = adviceOf(data, day, start, work, now);
      break;
    }
  }
  // The words say "today" or "tomorrow": recomputed at midnight too.
  const p = localParts(now, settings.rules.timeZone);
  const midnight = localMidnight(p.year, p.month, p.day + 1, settings.rules.timeZone);
  const until = Math.min(current.end.getTime(), midnight, advice?.earliestStart ?? Infinity);
  memo.set(data.incidents, { settings, from: now, until, advice });
  return advice;
}

/**
 * The last advice per incidents array (incidents are immutable values: new work is a new
 * array), held until the period or the local date ends.
 */
const memo = new WeakMap<
  object,
  { settings: JourData["settings"]; from: number; until: number; advice: RestAdvice | null }
>();

function adviceOf(
  data: JourData,
  day: DailyRest,
  earliestStart: number,
  work: readonly Interval[],
  now: number,
): RestAdvice {
  const { settings } = data;
  const zone = settings.rules.timeZone;
  const t = textsFor(settings.language);
  const rest = { start: day.rest?.start.getTime() ?? 0, end: day.rest?.end.getTime() ?? 0 };
  const minimumMs = settings.rest.dailyRestHours * HOUR_MS;
  const blocks = nightBlocks(work, rest.start, minimumMs);
  const first = blocks[0];
  const worked = first ? { start: first.start, end: rest.start } : null;
  const clock = localClock(earliestStart, zone);
  const today = localDate(now, zone);
  const date = localDate(earliestStart, zone);
  const when =
    date === today
      ? t.rest.today(clock)
      : date === nextDate(today)
        ? t.rest.tomorrow(clock)
        : formatMoment(earliestStart, now, zone, settings.language);
  const workedText =
    blocks.length > 0
      ? blocks.map((b) => `${exactClock(b.start, zone)}–${exactClock(b.end, zone)}`).join(", ")
      : null;
  return {
    worked,
    rest,
    restMs: day.restMs,
    shortMs: day.shortMs,
    minimumMs,
    earliestStart,
    text: t.rest.advice(workedText, formatHoursText(settings.rest.dailyRestHours), when),
  };
}

/** The calendar date after "YYYY-MM-DD". */
function nextDate(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The night's calls before a rest that starts at `at` (none when regular work ends there):
 * the merged incident work ending at `at`, and each earlier block ending less than the
 * minimum rest before `at`, since no gap between them can have been the rest.
 * So a call 02:10–02:22 and its resumed timer 02:27–03:27 both show, not only the last.
 */
function nightBlocks(
  work: readonly Interval[],
  at: number,
  minimumMs: number,
): { start: number; end: number }[] {
  const spans = work
    .map((w) => [w.start.getTime(), w.end.getTime()] as const)
    .sort((a, b) => a[0] - b[0]);
  const blocks: { start: number; end: number }[] = [];
  for (const [s, e] of spans) {
    if (s >= at) break;
    const last = blocks[blocks.length - 1];
    if (last && s <= last.end) last.end = Math.max(last.end, e);
    else blocks.push({ start: s, end: e });
  }
  if (blocks[blocks.length - 1]?.end !== at) return [];
  // Earlier blocks within the minimum before it: the gaps were too short to be the rest.
  return blocks.filter((block) => block.end > at - minimumMs);
}

/**
 * The rest of an on-call week: each 24-hour period starting in it that fell short, and the
 * longest rest of its 7 days (handover to handover) against the weekly minimum.
 */
export function weekRest(data: JourData, week: WeekInfo, now: number): WeekRest {
  const { settings } = data;
  const work = allWork(data, now, { start: week.start - AROUND_MS, end: week.end + AROUND_MS });
  const shortDays: WeekRest["shortDays"] = [];
  // A short day belongs to the week its rest began in (where the work that cut it ended):
  // a Sunday-evening call's short Monday is reported with that week, not the next one,
  // which may have no work at all and is then in no report and no CSV.
  const ownDay = (day: DailyRest) => {
    const at = day.rest?.start.getTime() ?? day.start.getTime();
    return at >= week.start && at < week.end;
  };
  // Every period from the one before the handover to the one holding the next, at once.
  const days = dailyRests(
    new Date(week.start - 1),
    new Date(week.end),
    work,
    settings.rest,
    settings.rules,
  );
  for (const day of days) {
    if (day.shortMs > 0 && ownDay(day)) {
      shortDays.push({
        date: day.date,
        restMs: day.restMs,
        shortMs: day.shortMs,
        earliestStart: day.earliestStart?.getTime() ?? null,
      });
    }
  }
  // A week in progress: the days not lived yet are no rest taken. Its longest rest is the
  // one so far (the future blocked out as if worked), and it is not short before it ends.
  const soFar = now < week.end;
  const lived = soFar
    ? [...work, { start: new Date(now), end: new Date(week.end + AROUND_MS) }]
    : work;
  const weekly = weeklyRest(new Date(week.start), lived, settings.rest, settings.rules);
  return {
    soFar,
    shortDays,
    dailyMinimumMs: settings.rest.dailyRestHours * HOUR_MS,
    longestRestMs: weekly.longestRestMs,
    longestRest: weekly.rest
      ? { start: weekly.rest.start.getTime(), end: weekly.rest.end.getTime() }
      : null,
    weeklyMinimumMs: settings.rest.weeklyRestHours * HOUR_MS,
    weeklyShortMs: soFar ? 0 : weekly.shortMs,
  };
}

/**
 * The notification of the advice, once per short rest (keyed by the rest's start, recorded
 * with the fired alerts): it comes on the tick after the night's last timer stops.
 */
export function restAlert(
  data: JourData,
  now: number,
): { key: string; notification: DesktopNotification } | null {
  if (!data.settings.rest.notify) return null;
  const advice = restAdvice(data, now);
  if (!advice) return null;
  const key = `rest|${advice.rest.start}`;
  if (firedSet(data.firedAlerts).has(key)) return null;
  const t = textsFor(data.settings.language);
  return { key, notification: { title: t.rest.title, body: advice.text, urgent: false } };
}
