import type { Incident, JourData, RecordedWork, ReportRecord } from "../data/document";
import { incidentsById } from "../data/derived";
import { liveSession } from "../incidents/live-session";
import { settingsInForce } from "../settings/rates-in-force";
import { weekHeld } from "../weeks/held-weeks";
import { inWeek, weekInfo, weekMiddle } from "../weeks/week-info";
import { workedWeekPays } from "../weeks/week";
import type { PayView, WeekInfo } from "../weeks/week-views";
import { heldPay } from "../weeks/whose-week";

/**
 * A week's figures as a record holds them (data/report-record.ts): what a report of the week
 * says now, and the records already made for it.
 */

export type RecordFigures = Omit<ReportRecord, "week" | "at" | "kind" | "text">;

/** What a report of the week would say now: its pay, rates and the work it counts. */
export function currentFigures(data: JourData, week: WeekInfo, now: number): RecordFigures {
  const onDuty = weekHeld(data, week);
  const pay = heldPay(workedWeekPays(data, [week], now)[0] as PayView, onDuty);
  const rates = settingsInForce(data.settings, week.start).rules.rates;
  return {
    onDuty,
    hours: { ...pay.hours },
    allowanceSek: pay.allowanceSek,
    rates: { 1: rates[1], 2: rates[2], 3: rates[3] },
    totalSek: pay.totalSek,
    work: weekWork(data, week, now),
  };
}

/** Each incident's work inside the week (clipped to it), by incident then start. */
function weekWork(data: JourData, week: WeekInfo, now: number): RecordedWork[] {
  const work: RecordedWork[] = [];
  const add = (incident: Incident, start: number, end: number) => {
    const from = Math.max(start, week.start);
    const to = Math.min(end, week.end);
    if (to > from)
      work.push({ incidentId: incident.id, summary: incident.summary, start: from, end: to });
  };
  // The stored work directly (no spans made per incident), then the running session once.
  for (const incident of data.incidents) {
    for (const interval of incident.work) add(incident, interval.start, interval.end);
  }
  const live = liveSession(data, now);
  const running = live && incidentsById(data.incidents).get(live.incidentId);
  if (live && running) add(running, live.start, live.end);
  return work.sort((a, b) => a.incidentId.localeCompare(b.incidentId) || a.start - b.start);
}

/** The week's records, oldest first (the last is its latest signed state). */
export function recordsOf(data: JourData, week: WeekInfo): ReportRecord[] {
  return data.reports.filter((record) => inWeek(record.week, week));
}

/** A new record of the week with its figures now. */
export function newRecord(
  figures: RecordFigures,
  week: WeekInfo,
  kind: ReportRecord["kind"],
  text: string,
  now: number,
): ReportRecord {
  return { week: weekMiddle(week), at: now, kind, text, ...figures };
}

/** Below this the figures are the same (they are sums of quarter hours times whole kronor). */
const EPSILON = 1e-6;

/** Whether the figures would pay differently: hours, allowance or total. */
export function figuresDiffer(before: RecordFigures, after: RecordFigures): boolean {
  const differ = (a: number, b: number) => Math.abs(a - b) > EPSILON;
  return (
    before.onDuty !== after.onDuty ||
    differ(before.allowanceSek, after.allowanceSek) ||
    differ(before.totalSek, after.totalSek) ||
    ([1, 2, 3] as const).some((t) => differ(before.hours[t], after.hours[t]))
  );
}

/** The week holding `at`, in the data's settings. */
export function recordWeek(data: JourData, at: number): WeekInfo {
  return weekInfo(at, data.settings);
}
