import { zoneOf } from "./zone";

/**
 * A wall clock reading in the rules' time zone and the instants it can mean. The window's
 * date-time fields go through here (never the machine's zone, never a second conversion):
 * a reading is one instant, two (the hour the clocks go back repeats), or none (the hour
 * the clocks go forward is skipped). zone.ts's `fromWall` picks one silently; a form must
 * not, so it asks `readingsOf`.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type WallReadings =
  /** One instant. */
  | { kind: "one"; at: number }
  /** The clocks went back: the reading occurs twice, `earlier` with the earlier offset. */
  | { kind: "two"; earlier: number; later: number }
  /** The clocks went forward over it: at `at` the wall clock jumped from `from` to `to`. */
  | { kind: "none"; at: number; from: WallClock; to: WallClock };

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function clockOfWallMs(wallMs: number): WallClock {
  const d = new Date(wallMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall clock of an instant in the zone, to the second (milliseconds dropped). */
export function wallClockOf(ms: number, timeZone: string): WallClock {
  return clockOfWallMs(zoneOf(timeZone).toWall(ms));
}

/** The instants a wall clock reading means in the zone (see WallReadings). */
export function readingsOf(wall: WallClock, timeZone: string): WallReadings {
  const zone = zoneOf(timeZone);
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Offsets in force a day either side: a change between them is the only one nearby.
  const before = zone.offsetAt(wallMs - 86_400_000);
  const after = zone.offsetAt(wallMs + 86_400_000);
  const fits = [before, after].filter(
    (offset, i, all) => all.indexOf(offset) === i && zone.offsetAt(wallMs - offset) === offset,
  );
  const [first, second] = fits.map((offset) => wallMs - offset).sort((a, b) => a - b);
  if (first !== undefined && second !== undefined) {
    return { kind: "two", earlier: first, later: second };
  }
  if (first !== undefined) return { kind: "one", at: first };
  // Skipped: the change is where the instant read with the old offset lands in the new one.
  const at = zone.segmentAt(wallMs - before).from;
  return {
    kind: "none",
    at,
    from: clockOfWallMs(at + before),
    to: clockOfWallMs(at + after),
  };
}

/**
 * A typed date "YYYY-MM-DD" and time "HH:mm" or "HH:mm:ss" as a wall clock reading, or
 * null when either is malformed or not a real date or time (30 Feb, 24:00, 12:60).
 */
export function parseWallClock(date: string, time: string): WallClock | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day] = d.slice(1).map(Number) as [number, number, number];
  const [hour, minute, second = 0] = t.slice(1).map((part) => (part ? Number(part) : 0)) as [
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute, second };
}

/** "2026-10-25" */
export function wallDateText(wall: WallClock): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** "02:30", or "02:30:15" when the seconds are not zero (the seconds rule, docs/timer.md). */
export function wallTimeText(wall: WallClock): string {
  const clock = `${pad(wall.hour)}:${pad(wall.minute)}`;
  return wall.second === 0 ? clock : `${clock}:${pad(wall.second)}`;
}

/** "14:05", or "14:05:15" when the instant's seconds are not zero, in the zone. */
export function exactClock(ms: number, timeZone: string): string {
  return wallTimeText(wallClockOf(ms, timeZone));
}

/**
 * The zone's short name at an instant, as English speakers read it ("CEST", "CET", "EDT"),
 * or its UTC offset ("UTC+02:00") where the runtime knows no abbreviation. Intl's English
 * locales differ in which zones they abbreviate (en-US: American ones, en-GB: European).
 */
export function zoneAbbreviation(ms: number, timeZone: string): string {
  for (const locale of ["en-US", "en-GB"]) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(ms)
      .find((part) => part.type === "timeZoneName")?.value;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  const offset = zoneOf(timeZone).offsetAt(ms) / 60_000;
  const abs = Math.abs(offset);
  return `UTC${offset < 0 ? "−" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether the zone's offset at `ms` is the larger of the two at a change: summer time. */
export function isSummerTime(ms: number, other: number, timeZone: string): boolean {
  const zone = zoneOf(timeZone);
  return zone.offsetAt(ms) > zone.offsetAt(other);
}
