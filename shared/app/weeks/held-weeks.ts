import { DAY_MS, dayNumberOf } from "../../domain/civil";
import type { JourData, Rotation } from "../data/document";
import { localMidnight, localParts } from "../../domain/local-time";
import type { AppSettings } from "../settings/settings";
import type { WeekInfo } from "./week-views";
import { setWeekMark, weekInfo, weekMarked } from "./week-info";

/**
 * Which weeks the engineer holds (DOMAIN §4 "Whose week"): an explicit mark of the week if
 * there is one (`onDutyWeeks` held, `offDutyWeeks` swapped away), else the rotation, else
 * not held. Every "whose week" question goes through `weekHeld`; the enumerations below
 * are always bounded by the caller's range, never an open-ended future.
 */

export function weekHeld(data: JourData, week: WeekInfo): boolean {
  if (weekMarked(data.onDutyWeeks, week)) return true;
  if (weekMarked(data.offDutyWeeks, week)) return false;
  return inRotation(data.rotation, week, data.settings);
}

/** Whether the rotation alone (no swaps) holds the week. */
export function inRotation(
  rotation: Rotation | null,
  week: WeekInfo,
  settings: AppSettings,
): boolean {
  if (rotation === null) return false;
  const steps = weeksBetween(anchorDay(rotation, settings), startDay(week, settings));
  return steps >= 0 && steps % rotation.everyWeeks === 0;
}

/**
 * The data with the week held or not: an explicit mark only where it differs from the
 * rotation, so a swap back removes the swap instead of piling up marks.
 */
export function setWeekHeld(data: JourData, at: number, held: boolean): JourData {
  const week = weekInfo(at, data.settings);
  const pattern = inRotation(data.rotation, week, data.settings);
  return {
    ...data,
    onDutyWeeks: setWeekMark(data.onDutyWeeks, week, held && !pattern),
    offDutyWeeks: setWeekMark(data.offDutyWeeks, week, !held && pattern),
  };
}

/**
 * A new rotation (or none). It speaks for the weeks from its first one on; the weeks before
 * that which have begun keep whether the old rotation held them (the user held them, and
 * may have reported them): a swap mark says so where needed. Bounded: old anchor to now.
 */
export function setRotation(data: JourData, rotation: Rotation | null, now: number): JourData {
  const settings = data.settings;
  const anchor = rotation && weekInfo(rotation.fromWeek, settings);
  let next: JourData = {
    ...data,
    rotation: rotation && anchor && { everyWeeks: rotation.everyWeeks, fromWeek: middleOf(anchor) },
  };
  if (!data.rotation) return next;
  const from = weekInfo(data.rotation.fromWeek, settings).start;
  const to = Math.min(anchor ? anchor.start : Infinity, now + 1);
  for (const week of weeksFrom(from, to, settings)) {
    const was = weekHeld(data, week);
    if (weekHeld(next, week) !== was) next = setWeekHeld(next, week.start, was);
  }
  return next;
}

/**
 * The held weeks that start in [from, to), oldest first; with `first`, only the earliest
 * (the pattern is then walked only up to it: the status asks on every tick).
 */
export function heldWeeksBetween(
  data: JourData,
  from: number,
  to: number,
  options: { first?: boolean } = {},
): WeekInfo[] {
  const settings = data.settings;
  const found = new Map<number, WeekInfo>();
  const consider = (week: WeekInfo): boolean => {
    const held = week.start >= from && week.start < to && weekHeld(data, week);
    if (held) found.set(week.start, week);
    return held;
  };
  // A mark lies inside its week, so a week starting in [from, to) has its mark in
  // [from, to + a week and an hour): the others need no week computed.
  for (const at of data.onDutyWeeks) {
    if (at >= from && at < to + 8 * DAY_MS) consider(weekInfo(at, settings));
  }
  let end = to;
  if (options.first) end = Math.min(to, ...[...found.keys()]);
  const rotation = data.rotation;
  if (rotation !== null) {
    const anchor = weekInfo(rotation.fromWeek, settings);
    const every = rotation.everyWeeks;
    // The first occurrence at or after `from` (a step early is harmless: filtered).
    const skip = Math.max(
      0,
      Math.floor(weeksBetween(startDay(anchor, settings), dayOf(from, settings)) / every) - 1,
    );
    for (let k = skip; ; k++) {
      const week = weekAfter(anchor, k * every, settings);
      if (week.start >= end) break;
      if (consider(week) && options.first) break;
    }
  }
  const weeks = [...found.values()].sort((a, b) => a.start - b.start);
  return options.first ? weeks.slice(0, 1) : weeks;
}

/** How far ahead the next held week is looked for. */
export const NEXT_HELD_HORIZON_MS = 2 * 366 * DAY_MS;

/** The first held week that has not begun at `now` (within two years), or null. */
export function nextHeldWeek(data: JourData, now: number): WeekInfo | null {
  return heldWeeksBetween(data, now + 1, now + NEXT_HELD_HORIZON_MS, { first: true })[0] ?? null;
}

/** The week `count` weeks after `week` (7 local days a step, so DST does not shift it). */
export function weekAfter(week: WeekInfo, count: number, settings: AppSettings): WeekInfo {
  const zone = settings.rules.timeZone;
  const p = localParts(week.start, zone);
  // Noon three days after the start date is inside the week whatever the handover time.
  return weekInfo(
    localMidnight(p.year, p.month, p.day + count * 7 + 3, zone) + 12 * 3_600_000,
    settings,
  );
}

/** The weeks starting in [from, to), stepping from the week that holds `from`. */
export function weeksFrom(from: number, to: number, settings: AppSettings): WeekInfo[] {
  const weeks: WeekInfo[] = [];
  for (let week = weekInfo(from, settings); week.start < to; week = weekAfter(week, 1, settings)) {
    if (week.start >= from) weeks.push(week);
  }
  return weeks;
}

function middleOf(week: WeekInfo): number {
  return week.start + Math.floor((week.end - week.start) / 2);
}

function dayOf(at: number, settings: AppSettings): number {
  const p = localParts(at, settings.rules.timeZone);
  return dayNumberOf(p.year, p.month, p.day);
}

function startDay(week: WeekInfo, settings: AppSettings): number {
  return dayOf(week.start, settings);
}

function weeksBetween(fromDay: number, toDay: number): number {
  return Math.floor((toDay - fromDay) / 7);
}

// The anchor's start day, kept per settings object: weekHeld runs once per week listed.
const anchors = new WeakMap<AppSettings, Map<number, number>>();
function anchorDay(rotation: Rotation, settings: AppSettings): number {
  let bySettings = anchors.get(settings);
  if (!bySettings) {
    bySettings = new Map();
    anchors.set(settings, bySettings);
  }
  let day = bySettings.get(rotation.fromWeek);
  if (day === undefined) {
    day = startDay(weekInfo(rotation.fromWeek, settings), settings);
    bySettings.set(rotation.fromWeek, day);
  }
  return day;
}
