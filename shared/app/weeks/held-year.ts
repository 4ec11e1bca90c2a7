import { civilOf, dayNumberOf, isoWeekdayOf } from "../../domain/civil";
import type { JourData } from "../data/document";
import { formatDayRange } from "../texts/format";
import type { HeldYearView, RotationView } from "./held-views";
import { heldWeeksBetween, inRotation, nextHeldWeek, weekHeld } from "./held-weeks";
import { icsCalendar, type IcsEvent } from "./icalendar";
import { localMidnight, localParts } from "../../domain/local-time";
import type { AppSettings } from "../settings/settings";
import type { Language } from "../texts/language";
import { textsFor } from "../texts/texts";
import type { WeekInfo } from "./week-views";
import { inWeek, weekInfo } from "./week-info";

/** The "My jour weeks" view: a year of weeks, the rotation, the next week, the calendar. */

const DAY_MS = 86_400_000;
const EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** "22–28 dec" (sv), "22–28 Dec" (en): first and last local day of the week. */
export function weekRange(week: WeekInfo, settings: AppSettings): string {
  const zone = settings.rules.timeZone;
  const sv = formatDayRange(week.start, week.end, zone);
  if (settings.language === "sv") return sv;
  const a = localParts(week.start, zone);
  const b = localParts(week.end - 1, zone);
  const month = (m: number) => EN_MONTHS[m - 1] ?? "";
  return a.month === b.month
    ? `${a.day}–${b.day} ${month(b.month)}`
    : `${a.day} ${month(a.month)}–${b.day} ${month(b.month)}`;
}

/** "Nästa jourvecka v. 52 (22–28 dec)", or null when none is held within two years. */
export function nextHeldLine(data: JourData, now: number): { week: WeekInfo; line: string } | null {
  const week = nextHeldWeek(data, now);
  if (!week) return null;
  const t = textsFor(data.settings.language);
  return { week, line: t.rotation.nextWeek(week.isoWeek, weekRange(week, data.settings)) };
}

/** The on-call weeks labelled with ISO weeks of `year`: 52 or 53 of them. */
export function weeksOfIsoYear(year: number, settings: AppSettings): WeekInfo[] {
  const zone = settings.rules.timeZone;
  const weeks: WeekInfo[] = [];
  const mondayOfWeek1 = (y: number) => {
    const jan4 = dayNumberOf(y, 1, 4);
    return jan4 - (isoWeekdayOf(jan4) - 1);
  };
  const first = mondayOfWeek1(year);
  const count = (mondayOfWeek1(year + 1) - first) / 7;
  for (let w = 0; w < count; w++) {
    // The handover day of ISO week w + 1; noon three days later is inside its on-call week.
    const day = civilOf(first + w * 7 + (settings.rules.weekStartsOn - 1) + 3);
    const at = localMidnight(day.year, day.month, day.day, zone) + 12 * 3_600_000;
    weeks.push(weekInfo(at, settings));
  }
  return weeks;
}

export function rotationView(data: JourData): RotationView | null {
  const rotation = data.rotation;
  if (!rotation) return null;
  const anchor = weekInfo(rotation.fromWeek, data.settings);
  return { ...rotation, isoYear: anchor.isoYear, isoWeek: anchor.isoWeek };
}

export function heldYearView(data: JourData, year: number, now: number): HeldYearView {
  const { settings } = data;
  const weeks = weeksOfIsoYear(year, settings).map((week) => ({
    week,
    held: weekHeld(data, week),
    inRotation: inRotation(data.rotation, week, settings),
    past: week.end <= now,
    current: inWeek(now, week),
    range: weekRange(week, settings),
  }));
  const next = nextHeldLine(data, now);
  return {
    year,
    weeks,
    rotation: rotationView(data),
    next: next?.week ?? null,
    nextLine: next?.line ?? null,
  };
}

/** The week instant of ISO week `isoWeek` of `year` (for the rotation's "from week W, Y"). */
export function isoWeekAt(year: number, isoWeek: number, settings: AppSettings): WeekInfo | null {
  return weeksOfIsoYear(year, settings)[isoWeek - 1] ?? null;
}

/** The calendar's default span: the past year and the next twelve months. */
export function defaultIcsRange(now: number): { from: number; to: number } {
  return { from: now - 366 * DAY_MS, to: now + 366 * DAY_MS };
}

/** A stable UID per on-call week: a re-import updates the event instead of adding one. */
export function weekUid(week: WeekInfo): string {
  return `jour-${week.isoYear}-W${String(week.isoWeek).padStart(2, "0")}@jour.local`;
}

/**
 * The held weeks starting in [from, to) as an iCalendar file, one event from handover to
 * handover. Rotation weeks swapped away are listed as cancelled, so re-importing a file
 * after a swap takes the earlier export's event away too.
 */
export function heldWeeksIcs(
  data: JourData,
  range: { from: number; to: number },
  now: number,
): string {
  const { settings } = data;
  const t = textsFor(settings.language);
  const event = (week: WeekInfo, cancelled: boolean): IcsEvent => ({
    uid: weekUid(week),
    start: week.start,
    end: week.end,
    summary: t.rotation.eventSummary(week.isoWeek, week.storhelg),
    ...(cancelled ? { cancelled } : {}),
  });
  const held = heldWeeksBetween(data, range.from, range.to).map((w) => event(w, false));
  const swapped = data.offDutyWeeks
    .map((at) => weekInfo(at, settings))
    .filter((w) => w.start >= range.from && w.start < range.to && !weekHeld(data, w))
    .map((w) => event(w, true));
  return icsCalendar({
    prodId: `-//Jour//Jour//${languageTag(settings.language)}`,
    stamp: now,
    name: t.rotation.calendarName,
    events: [...held, ...swapped].sort((a, b) => a.start - b.start),
  });
}

function languageTag(language: Language): string {
  return language.toUpperCase();
}
