import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyJourData, type JourData } from "../../../../shared/app/data/document";
import {
  heldWeeksBetween,
  nextHeldWeek,
  setRotation,
  weekHeld,
} from "../../../../shared/app/weeks/held-weeks";
import { heldYearView, isoWeekAt, weeksOfIsoYear } from "../../../../shared/app/weeks/held-year";
import { setOnDuty } from "../../../../shared/app/weeks/week";
import { weekInfo } from "../../../../shared/app/weeks/week-info";
import { HOUR, MONDAY_10, rig } from "../fakes";

const DAY = 24 * HOUR;
const settings = emptyJourData().settings;
/** The on-call week labelled ISO week `w` of `year`. */
const wk = (year: number, w: number) => {
  const week = isoWeekAt(year, w, settings);
  if (!week) throw new Error(`no week ${w} in ${year}`);
  return week;
};
const label = (data: JourData, year: number, w: number) => weekHeld(data, wk(year, w));
const heldLabels = (data: JourData, from: number, to: number) =>
  heldWeeksBetween(data, from, to).map((w) => `${w.isoYear}-${w.isoWeek}`);

/** Every 3 weeks from week 50 of 2025, set at `now`. */
function everyThree(now = wk(2025, 50).start - DAY): JourData {
  return setRotation(emptyJourData(), { everyWeeks: 3, fromWeek: wk(2025, 50).start }, now);
}

describe("weekHeld: an explicit mark, else the rotation, else not held", () => {
  it("holds every third week from the anchor on, across the year boundary", () => {
    const data = everyThree();
    expect(heldLabels(data, wk(2025, 45).start, wk(2026, 11).start)).toEqual([
      "2025-50",
      "2026-1",
      "2026-4",
      "2026-7",
      "2026-10",
    ]);
    expect(label(data, 2025, 47)).toBe(false);
    expect(label(data, 2025, 51)).toBe(false);
  });

  it("a swap out and a swap in are single overrides, and a swap back removes them", () => {
    let data = everyThree();
    data = setOnDuty(data, wk(2026, 4).start + DAY, false);
    data = setOnDuty(data, wk(2026, 5).start + DAY, true);
    expect(label(data, 2026, 4)).toBe(false);
    expect(label(data, 2026, 5)).toBe(true);
    expect(label(data, 2026, 7)).toBe(true);
    expect(data.offDutyWeeks).toHaveLength(1);
    expect(data.onDutyWeeks).toHaveLength(1);
    // Swapping back to what the rotation says leaves no mark behind.
    data = setOnDuty(setOnDuty(data, wk(2026, 4).start, true), wk(2026, 5).start, false);
    expect(data.offDutyWeeks).toEqual([]);
    expect(data.onDutyWeeks).toEqual([]);
    expect(label(data, 2026, 4)).toBe(true);
  });

  it("without a rotation, only marked weeks are held", () => {
    const data = setOnDuty(emptyJourData(), wk(2026, 20).start, true);
    expect(heldLabels(data, wk(2026, 1).start, wk(2027, 1).start)).toEqual(["2026-20"]);
  });

  it("a new rotation keeps whether the weeks already begun were held", () => {
    const now = wk(2026, 8).start + DAY; // in week 8
    let data = everyThree();
    data = setRotation(data, { everyWeeks: 2, fromWeek: wk(2026, 9).start }, now);
    expect(heldLabels(data, wk(2025, 40).start, wk(2026, 16).start)).toEqual([
      "2025-50",
      "2026-1",
      "2026-4",
      "2026-7",
      "2026-9",
      "2026-11",
      "2026-13",
      "2026-15",
    ]);
    // Removing the rotation keeps the past too, and holds nothing ahead.
    const none = setRotation(data, null, now);
    expect(heldLabels(none, wk(2025, 40).start, wk(2026, 16).start)).toEqual([
      "2025-50",
      "2026-1",
      "2026-4",
      "2026-7",
    ]);
  });

  it("property: the rotation holds exactly the weeks k·N after the anchor, swaps win", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 52 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.boolean()), { maxLength: 8 }),
        (every, anchorWeek, swaps) => {
          const anchor = wk(2025, anchorWeek);
          let data = setRotation(emptyJourData(), { everyWeeks: every, fromWeek: anchor.start }, 0);
          const expected = new Map<number, boolean>();
          for (const [offset, held] of swaps) {
            const at = anchor.start + offset * 7 * DAY + 3 * DAY;
            data = setOnDuty(data, at, held);
            expected.set(weekInfo(at, settings).start, held);
          }
          for (let offset = -3; offset <= 60; offset++) {
            const week = weekInfo(anchor.start + offset * 7 * DAY + 3 * DAY, settings);
            const want = expected.get(week.start) ?? (offset >= 0 && offset % every === 0);
            expect(weekHeld(data, week)).toBe(want);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("the next held week", () => {
  it("property: is the first of all held weeks ahead, rotation and swaps mixed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.boolean()), { maxLength: 10 }),
        fc.integer({ min: -10, max: 30 }),
        (every, swaps, nowWeeks) => {
          const anchor = wk(2026, 10).start;
          let data = setRotation(emptyJourData(), { everyWeeks: every, fromWeek: anchor }, 0);
          for (const [offset, held] of swaps)
            data = setOnDuty(data, anchor + offset * 7 * DAY + DAY, held);
          const now = anchor + nowWeeks * 7 * DAY + 2 * DAY;
          const all = heldWeeksBetween(data, now + 1, now + 800 * DAY);
          expect(nextHeldWeek(data, now)).toEqual(all[0] ?? null);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is found across a year boundary, with its line", () => {
    const data = everyThree();
    const now = wk(2025, 51).start + 2 * DAY;
    expect(nextHeldWeek(data, now)).toMatchObject({ isoYear: 2026, isoWeek: 1 });
    const view = heldYearView(data, 2025, now);
    expect(view.nextLine).toBe("Nästa jourvecka v. 1 (29 dec–4 jan)");
    const en = { ...data, settings: { ...data.settings, language: "en" as const } };
    expect(heldYearView(en, 2025, now).nextLine).toBe("Next on-call week w. 1 (29 Dec–4 Jan)");
  });

  it("keeps the handover's wall time across the spring DST change", () => {
    const data = setRotation(
      emptyJourData(),
      { everyWeeks: 2, fromWeek: wk(2026, 12).start },
      wk(2026, 12).start,
    );
    const next = nextHeldWeek(data, wk(2026, 12).start + DAY);
    // Monday 30 March 2026 00:00 CEST (UTC+2), the week after the change.
    expect(next?.start).toBe(Date.UTC(2026, 2, 29, 22));
    expect(next?.isoWeek).toBe(14);
    // Week 13 held the 23-hour day: 167 hours, and week 12 168.
    expect((wk(2026, 13).end - wk(2026, 13).start) / HOUR).toBe(167);
  });

  it("is the week after the current one while the current one is held, null with none", () => {
    const data = everyThree();
    expect(nextHeldWeek(data, wk(2025, 50).start + DAY)?.isoWeek).toBe(1);
    expect(nextHeldWeek(emptyJourData(), MONDAY_10)).toBeNull();
  });
});

describe("the year view", () => {
  it("has 52 or 53 ISO weeks, in order, each with its range", () => {
    expect(weeksOfIsoYear(2025, settings)).toHaveLength(52);
    const weeks = weeksOfIsoYear(2026, settings);
    expect(weeks.map((w) => w.isoWeek)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    expect(weeks.every((w) => w.isoYear === 2026)).toBe(true);
    const view = heldYearView(everyThree(), 2026, MONDAY_10);
    expect(view.weeks[0]).toMatchObject({ held: true, inRotation: true, range: "29 dec–4 jan" });
    expect(view.weeks.filter((c) => c.held).map((c) => c.week.isoWeek)).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52,
    ]);
  });

  it("follows the handover weekday: week 1 of 2026 starting on Wednesday", () => {
    const wednesday = { ...settings, rules: { ...settings.rules, weekStartsOn: 3 as const } };
    const first = weeksOfIsoYear(2026, wednesday)[0];
    expect(first?.isoWeek).toBe(1);
    expect(first?.start).toBe(Date.UTC(2025, 11, 30, 23)); // Wed 31 Dec 00:00 CET
  });
});

describe("reports see the rotation's weeks up to now, not its future", () => {
  it("lists the held weeks begun by now as on duty", async () => {
    const r = rig();
    await r.app.setRotation({ rotation: { everyWeeks: 2, fromYear: 2025, fromIsoWeek: 40 } });
    const weeks = await r.app.listWeeks();
    expect(weeks.map((w) => [w.week.isoWeek, w.onDuty])).toEqual([
      [48, true],
      [46, true],
      [44, true],
      [42, true],
      [40, true],
    ]);
    const unreported = await r.app.listUnreportedWeeks();
    expect(unreported.map((w) => w.week.isoWeek)).toContain(46);
  });

  it("names a week the year does not have", async () => {
    const r = rig();
    await expect(
      r.app.setRotation({ rotation: { everyWeeks: 2, fromYear: 2025, fromIsoWeek: 53 } }),
    ).rejects.toThrow(/^rotation\.fromIsoWeek: 2025 has no week 53/);
    expect(r.app.snapshot().rotation).toBeNull();
  });

  it("a swap through setOnDuty and the year view agree", async () => {
    const r = rig();
    await r.app.setRotation({ rotation: { everyWeeks: 1, fromYear: 2025, fromIsoWeek: 49 } });
    const before = await r.app.getHeldWeeks({ year: 2025 });
    const cell = before.weeks[50];
    expect(cell?.held).toBe(true);
    await r.app.setOnDuty({ week: cell?.week.start ?? 0, onDuty: false });
    const after = await r.app.getHeldWeeks({ year: 2025 });
    expect(after.weeks[50]).toMatchObject({ held: false, inRotation: true });
    expect(after.rotation).toMatchObject({ everyWeeks: 1, isoYear: 2025, isoWeek: 49 });
    expect((await r.app.getStatus()).nextHeldLine).toBe("Nästa jourvecka v. 49 (1–7 dec)");
  });
});
