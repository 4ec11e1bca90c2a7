// weeks/: the on-call week: its span and pay, whose week it is, held weeks, rotation, iCalendar.
import { setWeekHeld, weekHeld } from "./held-weeks";
import { onCallWeek, splitByTariff, weekPay, weeksPay } from "../../index";
import type { Interval, Tariff, WeekPay } from "../../index";
import { checkWeekItem, weekChecklists } from "../incidents/checklist";
import type { JourData } from "../data/document";
import { incidentInSpan, incidentView } from "../incidents/incident-display";
import { storedWork } from "../data/derived";
import { allWork } from "../incidents/intervals";
import { liveSession } from "../incidents/live-session";
import { localMidnight, localParts, localDate } from "../../domain/local-time";
import type { AppSettings } from "../settings/settings";
import { settingsInForce } from "../settings/rates-in-force";
import type { DayTariff, PayView, WeekInfo, WeekView } from "./week-views";
import { asksHeld, heldPay } from "./whose-week";
import { inWeek, setWeekMark, weekInfo, weekMarked, weekMiddle } from "./week-info";

/**
 * The on-call week (DOMAIN §4) as the Now and Week report views show it. A week is named
 * by any instant inside it. Stored week marks (on duty, reported, checklists) are the
 * week's middle, so they still find their week if the handover day or time changes.
 */

/** The pay of the week holding `at`, with the rates in force in that week. */
export function payView(at: number, work: readonly Interval[], settings: AppSettings): PayView {
  const inForce = settingsInForce(settings, at);
  return payViewOf(weekPay(new Date(at), work, inForce.rules), inForce);
}

/**
 * The pay views of many weeks (any instant in each), in order, each with the rates in force
 * in it: the work is merged once, and the rules asked once per set of rates.
 */
export function payViews(
  weeks: readonly number[],
  work: readonly Interval[],
  settings: AppSettings,
): PayView[] {
  const groups = new Map<AppSettings, number[]>();
  weeks.forEach((at, i) => {
    const inForce = settingsInForce(settings, at);
    const group = groups.get(inForce);
    if (group) group.push(i);
    else groups.set(inForce, [i]);
  });
  const views: PayView[] = new Array<PayView>(weeks.length);
  for (const [inForce, indexes] of groups) {
    const pays = weeksPay(
      indexes.map((i) => new Date(weeks[i] as number)),
      work,
      inForce.rules,
    );
    pays.forEach((pay, k) => (views[indexes[k] as number] = payViewOf(pay, inForce)));
  }
  return views;
}

/**
 * The pay of each of `weeks` over all the work by `now`. The stored work is one array per
 * version of the incidents, so the rules keep its check and merge from one report to the next
 * and confirm only that it is unchanged (a copy with the running session added was checked,
 * sorted and merged anew on every report: years of work). A week the running session touches
 * is paid over its own work with the session.
 */
export function workedWeekPays(data: JourData, weeks: readonly WeekInfo[], now: number): PayView[] {
  const starts = weeks.map((week) => week.start);
  const pays = payViews(starts, storedWork(data.incidents), data.settings);
  const live = liveSession(data, now);
  if (!live) return pays;
  return weeks.map((week, i) =>
    live.start < week.end && live.end > week.start
      ? payView(week.start, allWork(data, now, week), data.settings)
      : (pays[i] as PayView),
  );
}

/** `settings`: the week's own (settingsInForce). */
function payViewOf(pay: WeekPay, settings: AppSettings): PayView {
  const { allowance, rates } = settings.rules;
  return {
    inForce: { allowance: { ...allowance }, rates: { ...rates } },
    hours: pay.hours,
    allowanceSek: pay.allowanceSek,
    tariffSek: {
      1: rates[1] * pay.hours[1],
      2: rates[2] * pay.hours[2],
      3: rates[3] * pay.hours[3],
    },
    totalSek: pay.totalSek,
  };
}

function clipWork(work: readonly Interval[], from: number, to: number): Interval[] {
  const clipped: Interval[] = [];
  for (const w of work) {
    const start = Math.max(w.start.getTime(), from);
    const end = Math.min(w.end.getTime(), to);
    if (end > start) clipped.push({ start: new Date(start), end: new Date(end) });
  }
  return clipped;
}

function tariffMs(work: readonly Interval[], settings: AppSettings): Record<Tariff, number> {
  return work.length === 0 ? { 1: 0, 2: 0, 3: 0 } : splitByTariff(work, settings.rules);
}

/** Worked ms per tariff for each local calendar day the week touches (for the chart). */
export function dailyTariffs(
  week: WeekInfo,
  work: readonly Interval[],
  settings: AppSettings,
): DayTariff[] {
  const zone = settings.rules.timeZone;
  const inWeekWork = clipWork(work, week.start, week.end);
  const first = localParts(week.start, zone);
  const days: DayTariff[] = [];
  for (let i = 0; ; i++) {
    const dayStart = localMidnight(first.year, first.month, first.day + i, zone);
    if (dayStart >= week.end) break;
    const dayEnd = localMidnight(first.year, first.month, first.day + i + 1, zone);
    const from = Math.max(dayStart, week.start);
    const to = Math.min(dayEnd, week.end);
    days.push({
      date: localDate(from, zone),
      ms: tariffMs(clipWork(inWeekWork, from, to), settings),
    });
  }
  return days;
}

export function weekView(data: JourData, at: number, now: number): WeekView {
  const { settings } = data;
  const week = weekInfo(at, settings);
  const weekWork = clipWork(allWork(data, now, week), week.start, week.end);
  const incidents = data.incidents
    .filter((incident) => incidentInSpan(data, incident, week.start, week.end, now))
    .sort((a, b) => a.reportedAt - b.reportedAt)
    .map((incident) => incidentView(data, incident, now));
  const missingJiraKey = incidents.filter((i) => i.jiraKey === null).map((i) => i.id);
  const nextHandover = onCallWeek(new Date(now), settings.rules).end.getTime();
  const done = data.weekChecklists.find((c) => inWeek(c.week, week))?.done ?? [];
  const checklists = weekChecklists(settings, done, nextHandover, missingJiraKey.length);
  const onDuty = weekHeld(data, week);
  // "Forward the on-call phone" is wrong advice in a week the user said is not theirs.
  const notHeld = !onDuty && weekMarked(data.notHeldWeeks, week);
  return {
    week,
    onDuty,
    reported: weekMarked(data.reportedWeeks, week),
    workedMs: tariffMs(weekWork, settings),
    pay: heldPay(payView(week.start, weekWork, settings), onDuty),
    days: dailyTariffs(week, weekWork, settings),
    incidents,
    missingJiraKey,
    nextHandover,
    startChecklist: notHeld
      ? checklists.start.filter((item) => item.id !== "forward")
      : checklists.start,
    endChecklist: checklists.end,
    askHeld: asksHeld(data, week),
  };
}

/** Held or not, as an override of the rotation only where it differs (held-weeks.ts). */
export function setOnDuty(data: JourData, at: number, onDuty: boolean): JourData {
  const next = setWeekHeld(data, at, onDuty);
  if (onDuty) return next;
  // Unticking is an answer too: "Is this your on-call week?" is not asked again for it.
  const week = weekInfo(at, data.settings);
  return { ...next, notHeldWeeks: setWeekMark(data.notHeldWeeks, week, true) };
}

export function setWeekChecklistItem(
  data: JourData,
  at: number,
  itemId: string,
  done: boolean,
): JourData {
  checkWeekItem(itemId);
  const week = weekInfo(at, data.settings);
  const current = data.weekChecklists.find((c) => inWeek(c.week, week))?.done ?? [];
  const others = current.filter((id) => id !== itemId);
  const entry = { week: weekMiddle(week), done: done ? [...others, itemId] : others };
  const rest = data.weekChecklists.filter((c) => !inWeek(c.week, week));
  return { ...data, weekChecklists: entry.done.length > 0 ? [...rest, entry] : rest };
}
