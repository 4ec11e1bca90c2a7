import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyJourData } from "../../../../shared/app/data/document";
import { setRotation } from "../../../../shared/app/weeks/held-weeks";
import { heldWeeksIcs, isoWeekAt } from "../../../../shared/app/weeks/held-year";
import { escapeText, foldLine, icsCalendar, icsUtc } from "../../../../shared/app/weeks/icalendar";
import { setOnDuty } from "../../../../shared/app/weeks/week";
import { HOUR, rig } from "../fakes";

const DAY = 24 * HOUR;
const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");

describe("the iCalendar writer", () => {
  it("folds at 75 octets without cutting a character, and unfolds to the same line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(
          folded
            .split("\r\n")
            .slice(1)
            .every((p) => p.startsWith(" ")),
        ).toBe(true);
        expect(unfold(folded)).toBe(line);
      }),
    );
    const long = `SUMMARY:${"å".repeat(100)}`;
    const parts = foldLine(long).split("\r\n");
    expect(parts[0]).toBe(`SUMMARY:${"å".repeat(33)}`); // 8 + 66 octets; one more would be 76
    expect(octets(parts[0] ?? "")).toBe(74);
  });

  it("escapes backslash, semicolon, comma and newlines in TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("writes CRLF lines only, one VEVENT per event, UTC times", () => {
    const ics = icsCalendar({
      prodId: "-//Jour//Jour//SV",
      stamp: Date.UTC(2026, 10, 30, 21, 5, 9),
      name: "Mina jourveckor",
      events: [
        {
          uid: "a@x",
          start: Date.UTC(2026, 11, 20, 23),
          end: Date.UTC(2026, 11, 27, 23),
          summary: "S, 1",
        },
      ],
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n");
    expect(lines.slice(0, 3)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Jour//Jour//SV",
    ]);
    expect(lines).toContain("DTSTART:20261220T230000Z");
    expect(lines).toContain("DTEND:20261227T230000Z");
    expect(lines).toContain("DTSTAMP:20261130T210509Z");
    expect(lines).toContain("SUMMARY:S\\, 1");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    expect(icsUtc(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe("20260102T030405Z");
  });
});

describe("the held weeks as a calendar", () => {
  const settings = emptyJourData().settings;
  const week = (y: number, w: number) => isoWeekAt(y, w, settings)?.start ?? NaN;
  const data = setRotation(
    emptyJourData(),
    { everyWeeks: 4, fromWeek: week(2026, 44) },
    week(2026, 40),
  );
  const now = week(2026, 48) + DAY;
  const range = { from: now - 366 * DAY, to: now + 366 * DAY };

  it("has one event per held week, handover to handover, with stable UIDs", () => {
    const first = heldWeeksIcs(data, range, now);
    const again = heldWeeksIcs(data, range, now + 5 * DAY);
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(first)).toEqual(uids(again));
    // A later export is a later revision of the same events.
    const sequence = (ics: string) => Number(/^SEQUENCE:(\d+)\r$/m.exec(ics)?.[1]);
    expect(sequence(again)).toBeGreaterThan(sequence(first));
    expect(uids(first).slice(0, 3)).toEqual([
      "jour-2026-W44@jour.local",
      "jour-2026-W48@jour.local",
      "jour-2026-W52@jour.local",
    ]);
    // Week 52 of 2026: Monday 21 Dec 00:00 to Monday 28 Dec 00:00 in Stockholm (UTC+1).
    const lines = unfold(first).split("\r\n");
    const at = lines.indexOf("UID:jour-2026-W52@jour.local");
    expect(lines.slice(at, at + 6)).toEqual([
      "UID:jour-2026-W52@jour.local",
      "DTSTAMP:20261123T230000Z",
      `SEQUENCE:${Math.floor((now - Date.UTC(2000, 0, 1)) / 60_000)}`,
      "DTSTART:20261220T230000Z",
      "DTEND:20261227T230000Z",
      "SUMMARY:Jourvecka v. 52 (storhelg)",
    ]);
    // The range ends a year ahead: nothing past it.
    expect(uids(first).at(-1)).toBe("jour-2027-W47@jour.local");
  });

  it("marks a swapped-away week cancelled, so a re-import removes the old event", () => {
    const swapped = setOnDuty(data, week(2026, 52), false);
    const ics = unfold(heldWeeksIcs(swapped, range, now)).split("\r\n");
    const at = ics.indexOf("UID:jour-2026-W52@jour.local");
    expect(ics.slice(at).find((l) => l.startsWith("STATUS:"))).toBe("STATUS:CANCELLED");
    const other = ics.indexOf("UID:jour-2026-W48@jour.local");
    expect(ics.slice(other).find((l) => l.startsWith("STATUS:"))).toBe("STATUS:CONFIRMED");
  });

  it("is exported through the app, in English too", async () => {
    const r = rig({ now, initial: { ...data, settings: { ...settings, language: "en" } } });
    const ics = await r.app.exportHeldWeeksIcs();
    expect(ics).toContain("SUMMARY:On-call week w. 48\r\n");
    expect(ics).toContain("X-WR-CALNAME:My on-call weeks\r\n");
    await expect(r.app.exportHeldWeeksIcs({ from: now, to: now })).rejects.toThrow(/^to: /);
  });
});
