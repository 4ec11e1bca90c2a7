import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Interval, Rounding } from "../../../../shared/index";
import { refOnCallWeek, refOrganizerText, refWeekPay } from "../../reference";
import { HOUR, MINUTE, rig } from "../fakes";

/**
 * The report a user signs, checked against the per-minute brute force of DOMAIN §2–§4
 * (test/shared/reference.ts), through the app core as the window uses it: incidents logged
 * with their work, weeks held or not, then getReport. Weeks around both DST changes, the
 * Christmas storhelg and Midsommar, work spilling over a handover, overlapping work of two
 * incidents, every rounding; held, helped and quiet weeks together.
 */

const DAY = 24 * HOUR;
/** Mondays 10:00 UTC of weeks worth checking. */
const WEEKS = [
  Date.UTC(2025, 2, 24, 10), // DST starts Sunday 30 March
  Date.UTC(2025, 5, 16, 10), // Midsommar 20–21 June
  Date.UTC(2025, 9, 20, 10), // DST ends Sunday 26 October
  Date.UTC(2025, 10, 24, 10), // an ordinary week
  Date.UTC(2025, 11, 22, 10), // Christmas
] as const;
const NOW = Date.UTC(2026, 1, 1);

const workArb = fc.record({
  week: fc.integer({ min: 0, max: WEEKS.length - 1 }),
  // From two days before the anchor Monday to the next Monday: across the handovers.
  offsetMinutes: fc.integer({ min: -2 * 24 * 60, max: 7 * 24 * 60 }),
  minutes: fc.integer({ min: 1, max: 10 * 60 }),
});

const caseArb = fc.record({
  incidents: fc.array(fc.array(workArb, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
  held: fc.uniqueArray(fc.integer({ min: 0, max: WEEKS.length - 1 })),
  chosen: fc.uniqueArray(fc.integer({ min: 0, max: WEEKS.length - 1 }), { minLength: 1 }),
  rounding: fc.constantFrom<Rounding>("none", "quarter", "half", "hour"),
  eveningsAsHolidays: fc.boolean(),
});

describe("the week report against the per-minute reference", () => {
  it("property: text, hours, allowance and totals of any weeks held or not", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const r = rig({ now: NOW });
        const current = await r.app.getSettings();
        await r.app.updateSettings({
          rules: {
            ...current.rules,
            rounding: c.rounding,
            eveningsAsHolidays: c.eveningsAsHolidays,
          },
        });
        const rules = (await r.app.getSettings()).rules;
        const work: Interval[] = [];
        for (const spans of c.incidents) {
          const first = spans[0];
          if (!first) continue;
          const start = (s: typeof first) => (WEEKS[s.week] ?? 0) + s.offsetMinutes * MINUTE;
          // A call logged afterwards (no timer), its work added by hand.
          const { id } = await r.app.createIncident({ reportedAt: start(first) });
          for (const span of spans) {
            const interval = { start: start(span), end: start(span) + span.minutes * MINUTE };
            await r.app.addInterval({ incidentId: id, ...interval });
            work.push({ start: new Date(interval.start), end: new Date(interval.end) });
          }
        }
        const heldWeeks = c.held.map((i) => WEEKS[i] ?? 0);
        for (const week of heldWeeks) await r.app.setOnDuty({ week, onDuty: true });

        const chosen = c.chosen.map((i) => WEEKS[i] ?? 0);
        const report = await r.app.getReport({ weeks: chosen });

        // The text: "N x Jourvecka" counts the held weeks; the hours come from every week.
        const heldChosen = c.chosen.filter((i) => c.held.includes(i)).length;
        const taxa = refOrganizerText(chosen, work, rules).split("\n").slice(1);
        const expected = heldChosen > 0 ? [`${heldChosen} x Jourvecka`, ...taxa] : taxa;
        expect(report.text).toBe(expected.join("\n"));

        // Each week's row: the reference's hours; the allowance only when held.
        expect(report.weeks).toHaveLength(chosen.length);
        let total = 0;
        for (const at of chosen) {
          const start = refOnCallWeek(at, rules).start;
          const row = report.weeks.find((w) => w.week.start === start);
          if (!row)
            return expect.unreachable(`no row for the week of ${new Date(at).toISOString()}`);
          const ref = refWeekPay(at, work, rules);
          const held = heldWeeks.some((h) => refOnCallWeek(h, rules).start === start);
          expect(row.onDuty).toBe(held);
          expect(row.pay.hours).toEqual(ref.hours);
          expect(row.pay.allowanceSek).toBe(held ? ref.allowanceSek : 0);
          const owed = ref.totalSek - (held ? 0 : ref.allowanceSek);
          expect(row.pay.totalSek).toBeCloseTo(owed, 6);
          total += owed;
        }
        expect(report.totalSek).toBeCloseTo(total, 6);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("property: a timer left running across the handover is paid as the time it ran", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: WEEKS.length - 1 }),
        fc.integer({ min: 0, max: 7 * 24 * 60 }),
        fc.integer({ min: 1, max: 200 * 60 }),
        fc.boolean(),
        async (week, offsetMinutes, minutes, held) => {
          const start = (WEEKS[week] ?? 0) + offsetMinutes * MINUTE;
          const r = rig({ now: start });
          await r.app.createIncident();
          r.clock.advance(minutes * MINUTE);
          await r.app.stopTimer();
          if (held) await r.app.setOnDuty({ week: start, onDuty: true });
          const rules = (await r.app.getSettings()).rules;
          const work = [{ start: new Date(start), end: new Date(start + minutes * MINUTE) }];
          // The week it started and the next one, which the forgotten timer may reach into.
          const chosen = [start, start + 7 * DAY];
          const report = await r.app.getReport({ weeks: chosen });
          const taxa = refOrganizerText(chosen, work, rules).split("\n").slice(1);
          expect(report.text).toBe((held ? ["1 x Jourvecka", ...taxa] : taxa).join("\n"));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("property: with the timer still running, the report counts the time so far with the stored work", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: WEEKS.length - 1 }),
        fc.integer({ min: 0, max: 7 * 24 * 60 }),
        fc.integer({ min: 1, max: 200 * 60 }),
        // Work logged before the timer started: minutes before its start, and how long.
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 9 * 24 * 60 }), fc.integer({ min: 1, max: 600 })),
          {
            maxLength: 4,
          },
        ),
        async (week, offsetMinutes, minutes, earlier) => {
          const start = (WEEKS[week] ?? 0) + offsetMinutes * MINUTE;
          const r = rig({ now: start });
          const work: Interval[] = [];
          for (const [before, length] of earlier) {
            const from = start - before * MINUTE;
            const to = Math.min(from + length * MINUTE, start);
            const { id } = await r.app.createIncident({ reportedAt: from });
            await r.app.addInterval({ incidentId: id, start: from, end: to });
            work.push({ start: new Date(from), end: new Date(to) });
          }
          await r.app.createIncident();
          r.clock.advance(minutes * MINUTE);
          work.push({ start: new Date(start), end: new Date(start + minutes * MINUTE) });
          const rules = (await r.app.getSettings()).rules;
          // The week before, the week it started and the next, which the timer may reach into.
          const chosen = [start - 7 * DAY, start, start + 7 * DAY];
          const report = await r.app.getReport({ weeks: chosen });
          // No week held: the text is the hours alone.
          const taxa = refOrganizerText(chosen, work, rules).split("\n").slice(1);
          expect(report.text).toBe(taxa.join("\n"));
          for (const at of chosen) {
            const row = report.weeks.find((w) => w.week.start === refOnCallWeek(at, rules).start);
            expect(row?.pay.hours).toEqual(refWeekPay(at, work, rules).hours);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a week's work overlapping in two incidents is paid once", async () => {
    const r = rig({ now: NOW });
    const monday = WEEKS[3];
    const night = monday + 12 * HOUR; // 23:00 Stockholm: Taxa 3
    for (const offset of [0, 30 * MINUTE]) {
      const { id } = await r.app.createIncident({ reportedAt: night + offset });
      await r.app.addInterval({
        incidentId: id,
        start: night + offset,
        end: night + offset + HOUR,
      });
    }
    const report = await r.app.getReport({ weeks: [monday + DAY] });
    expect(report.text).toBe("Taxa 3: 1,5h");
  });
});
