import type { WallParts } from "../../shared/app/texts/date-names";

/**
 * Converting between instants and the value of an <input type="datetime-local"> in the
 * rules' time zone, which may differ from the machine's. Intl knows the zone's offsets.
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function wallParts(ms: number, timeZone: string): Record<string, number> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return parts;
}

/** The zone's UTC offset at an instant, in ms (wall = instant + offset). */
function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = wallParts(whole, timeZone);
  const wall = Date.UTC(
    p["year"] ?? 1970,
    (p["month"] ?? 1) - 1,
    p["day"] ?? 1,
    p["hour"] ?? 0,
    p["minute"] ?? 0,
    p["second"] ?? 0,
  );
  return wall - whole;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The wall time of an instant in the zone (whole minutes). */
export function wallTime(ms: number, timeZone: string): WallParts {
  const d = new Date(ms + offsetAt(ms, timeZone));
  const day = d.getUTCDay();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: day === 0 ? 7 : day,
  };
}

/** "2025-11-24T14:05" */
export function toLocalInput(ms: number, timeZone: string): string {
  const d = new Date(ms + offsetAt(ms, timeZone));
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

/** The instant of a "YYYY-MM-DDTHH:mm" wall time in the zone, or null when malformed. */
export function fromLocalInput(value: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi ?? 0, Number.isNaN(s) ? 0 : (s ?? 0));
  if (Number.isNaN(wall)) return null;
  // Date.UTC rolls 21:61 or 30 Feb over into the next hour or month: refuse them instead.
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h)
    return null;
  if (check.getUTCMinutes() !== (mi ?? 0)) return null;
  // Two passes settle the offset on either side of a DST change.
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}
