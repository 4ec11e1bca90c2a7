import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings, organizerText } from "../../../../shared/index";
import { HOUR, MINUTE, MONDAY_10, rig, type TestRig } from "../fakes";

/**
 * DOMAIN §4 "Whose week": the allowance only for held weeks, hours for every week worked,
 * everywhere the app shows pay (report text and table, weekly CSV, Now, the tray's line).
 */

const WEEK = 7 * 24 * HOUR;
/** Tuesday 25 November 2025 23:00 in Stockholm (UTC+1): night, Taxa 3. */
const TUESDAY_23 = Date.UTC(2025, 10, 25, 22);

/** One incident with work [start, end) (added by hand, timer stopped). */
async function work(r: TestRig, start: number, end: number): Promise<string> {
  const { id } = await r.app.createIncident();
  await r.app.stopTimer();
  await r.app.addInterval({ incidentId: id, start, end });
  return id;
}

function weeklyCsvRow(csv: string, isoWeek: number): Record<string, string> {
  const [header = "", ...rows] = csv.trimEnd().split("\r\n");
  const names = header.split(",");
  const row = rows.find((line) => line.includes(`-W${isoWeek},`)) ?? "";
  return Object.fromEntries(row.split(",").map((cell, i) => [names[i], cell]));
}

describe("whose week: the report of held, helped and quiet weeks", () => {
  it("a held week: the allowance and its hours, in the text, the table, the CSV, Now and the tray", async () => {
    const r = rig({ now: MONDAY_10 + 2 * WEEK });
    await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await work(r, TUESDAY_23, TUESDAY_23 + 80 * MINUTE);
    const report = await r.app.getReport({ weeks: [MONDAY_10] });
    expect(report.text).toBe("1 x Jourvecka\nTaxa 3: 1,5h");
    expect(report.weeks[0]).toMatchObject({ onDuty: true, pay: { allowanceSek: 4500 } });
    expect(report.totalSek).toBe(4500 + 1.5 * 600);
    await r.app.updateSettings({ csvStyle: "rfc4180" }); // the keys and true/false
    const row = weeklyCsvRow(await r.app.exportWeeklyPayCsv(), 48);
    expect([row["onDuty"], row["allowanceSek"], row["totalSek"]]).toEqual(["true", "4500", "5400"]);
    r.clock.set(TUESDAY_23 + 2 * HOUR);
    const status = await r.app.getStatus();
    expect(status.statusLine).toBe("Jour v. 48 · 24–30 nov · 4 500 kr + 1,5 h");
    expect((await r.app.getWeek()).pay.totalSek).toBe(5400);
  });

  it("a helped week (worked in, not held): the hours and no allowance, everywhere", async () => {
    const r = rig({ now: MONDAY_10 + 2 * WEEK });
    await work(r, TUESDAY_23, TUESDAY_23 + 80 * MINUTE);
    const report = await r.app.getReport({ weeks: [MONDAY_10] });
    expect(report.text).toBe("Taxa 3: 1,5h");
    expect(report.weeks[0]).toMatchObject({
      onDuty: false,
      pay: { allowanceSek: 0, totalSek: 900, hours: { 1: 0, 2: 0, 3: 1.5 } },
    });
    expect(report.totalSek).toBe(900);
    await r.app.updateSettings({ csvStyle: "rfc4180" }); // the keys and true/false
    const row = weeklyCsvRow(await r.app.exportWeeklyPayCsv(), 48);
    expect([row["onDuty"], row["allowanceSek"], row["hoursTaxa3"], row["totalSek"]]).toEqual([
      "false",
      "0",
      "1.5",
      "900",
    ]);
    r.clock.set(TUESDAY_23 + 2 * HOUR);
    const status = await r.app.getStatus();
    expect(status.pay).toMatchObject({ allowanceSek: 0, totalSek: 900 });
    expect(status.statusLine).toBe("v. 48 · 24–30 nov · inte din jourvecka · 1,5 h");
    expect(status.statusLine).not.toContain("4 500");
    const week = await r.app.getWeek();
    expect([week.onDuty, week.pay.allowanceSek, week.pay.totalSek]).toEqual([false, 0, 900]);
  });

  it("a quiet week (held, no work): the allowance line alone", async () => {
    const r = rig({ now: MONDAY_10 + WEEK });
    await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
    const report = await r.app.getReport({ weeks: [MONDAY_10] });
    expect(report.text).toBe("1 x Jourvecka");
    expect(report.totalSek).toBe(4500);
  });

  it("a week neither held nor worked: an empty text and nothing to pay", async () => {
    const r = rig({ now: MONDAY_10 + WEEK });
    const report = await r.app.getReport({ weeks: [MONDAY_10, MONDAY_10 - WEEK] });
    expect(report.text).toBe("");
    expect(report.totalSek).toBe(0);
    expect(report.weeks.map((w) => w.pay.totalSek)).toEqual([0, 0]);
    r.clock.set(MONDAY_10);
    expect((await r.app.getStatus()).statusLine).toBe("v. 48 · 24–30 nov · inte din jourvecka");
  });

  it("several weeks: 2 held and 1 helped give 2 x Jourvecka and the hours of all three", async () => {
    const r = rig({ now: MONDAY_10 + 3 * WEEK });
    await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await r.app.setOnDuty({ week: MONDAY_10 + 2 * WEEK, onDuty: true });
    await work(r, MONDAY_10, MONDAY_10 + 70 * MINUTE); // held, 1,5 h Taxa 1
    await work(r, TUESDAY_23 + WEEK, TUESDAY_23 + WEEK + 80 * MINUTE); // helped, 1,5 h Taxa 3
    await work(r, TUESDAY_23 + 2 * WEEK, TUESDAY_23 + 2 * WEEK + 20 * MINUTE); // held, 0,5 h
    const weeks = [MONDAY_10, MONDAY_10 + WEEK, MONDAY_10 + 2 * WEEK];
    const report = await r.app.getReport({ weeks });
    expect(report.text).toBe("2 x Jourvecka\nTaxa 1: 1,5h\nTaxa 3: 2h");
    expect(report.weeks.map((w) => [w.week.isoWeek, w.onDuty, w.pay.totalSek])).toEqual([
      [48, true, 4500 + 1.5 * 290],
      [49, false, 1.5 * 600],
      [50, true, 4500 + 0.5 * 600],
    ]);
    expect(report.totalSek).toBe(2 * 4500 + 1.5 * 290 + 2 * 600);
  });

  it("a forgotten timer (164.5 h across a handover) in weeks not held: hours only", async () => {
    const r = rig();
    await r.app.createIncident();
    r.clock.advance(164.5 * HOUR);
    await r.app.stopTimer();
    const weeks = [MONDAY_10, MONDAY_10 + WEEK];
    const report = await r.app.getReport({ weeks });
    const work = [{ start: new Date(MONDAY_10), end: new Date(MONDAY_10 + 164.5 * HOUR) }];
    const rulesText = organizerText(
      weeks.map((at) => new Date(at)),
      work,
      defaultSettings,
    );
    expect(rulesText.startsWith("2 x Jourvecka\n")).toBe(true);
    expect(report.text).toBe(rulesText.replace("2 x Jourvecka\n", ""));
    expect(report.text).toMatch(/^Taxa 1: .*\nTaxa 2: .*\nTaxa 3: /);
    expect(report.weeks.every((w) => w.pay.allowanceSek === 0)).toBe(true);
    const tariffs = report.weeks.map(
      (w) => w.pay.tariffSek[1] + w.pay.tariffSek[2] + w.pay.tariffSek[3],
    );
    expect(report.totalSek).toBe(tariffs.reduce((a, b) => a + b, 0));
  });

  it("a week across the autumn DST change: real hours, allowance only when held", async () => {
    // Saturday 25 October 2025 23:00 to Sunday 03:00 local (UTC+2 → UTC+1): 5 real hours.
    const start = Date.UTC(2025, 9, 25, 21);
    const end = Date.UTC(2025, 9, 26, 2);
    const r = rig({ now: Date.UTC(2025, 9, 28, 10) });
    await work(r, start, end);
    expect((await r.app.getReport({ weeks: [start] })).text).toBe("Taxa 3: 5h");
    expect(
      (await r.app.getWeek({ week: start })).week.end -
        (await r.app.getWeek({ week: start })).week.start,
    ).toBe(169 * HOUR);
    await r.app.setOnDuty({ week: start, onDuty: true });
    const held = await r.app.getReport({ weeks: [start] });
    expect(held.text).toBe("1 x Jourvecka\nTaxa 3: 5h");
    expect(held.totalSek).toBe(4500 + 5 * 600);
  });

  it("property: N counts the held weeks, the hours come from all, the total is what is owed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ held: fc.boolean(), minutes: fc.integer({ min: 0, max: 600 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (weeks) => {
          const r = rig({ now: MONDAY_10 + 5 * WEEK });
          const ats = weeks.map((_, i) => MONDAY_10 + i * WEEK);
          for (const [i, week] of weeks.entries()) {
            const at = ats[i] ?? 0;
            if (week.held) await r.app.setOnDuty({ week: at, onDuty: true });
            if (week.minutes > 0) await work(r, at, at + week.minutes * MINUTE);
          }
          const report = await r.app.getReport({ weeks: ats });
          const held = weeks.filter((w) => w.held).length;
          const worked = weeks.some((w) => w.minutes > 0);
          expect(report.text.startsWith(`${held} x Jourvecka`)).toBe(held > 0);
          expect(report.text.includes("Jourvecka")).toBe(held > 0);
          expect(report.text === "").toBe(held === 0 && !worked);
          const allHeldText = organizerText(
            ats.map((at) => new Date(at)),
            weeks
              .map((w, i) => ({
                start: new Date(ats[i] ?? 0),
                end: new Date((ats[i] ?? 0) + Math.max(1, w.minutes) * MINUTE),
              }))
              .filter((_, i) => (weeks[i]?.minutes ?? 0) > 0),
            defaultSettings,
          );
          expect(report.text.split("\n").filter((l) => l.startsWith("Taxa"))).toEqual(
            allHeldText.split("\n").slice(1),
          );
          for (const row of report.weeks) {
            const sum = row.pay.tariffSek[1] + row.pay.tariffSek[2] + row.pay.tariffSek[3];
            expect(row.pay.allowanceSek).toBe(row.onDuty ? row.week.allowanceSek : 0);
            expect(row.pay.totalSek).toBeCloseTo(sum + row.pay.allowanceSek, 6);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("whose week: a call does not decide, it asks once", () => {
  it("a call in a week not held leaves it not held and asks; yes makes it held", async () => {
    const r = rig();
    expect((await r.app.getWeek()).askHeld).toBe(false); // no call yet
    await r.app.createIncident();
    const asked = await r.app.getWeek();
    expect([asked.onDuty, asked.askHeld, asked.pay.allowanceSek]).toEqual([false, true, 0]);
    const yes = await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
    expect([yes.onDuty, yes.askHeld, yes.pay.allowanceSek]).toEqual([true, false, 4500]);
  });

  it("no is remembered for that week only: asked once, after a restart too", async () => {
    const r = rig();
    await r.app.createIncident();
    const no = await r.app.dismissHeldQuestion({ week: MONDAY_10 + 3 * HOUR });
    expect([no.onDuty, no.askHeld]).toEqual([false, false]);
    await r.app.createIncident(); // a second call the same week: not asked again
    expect((await r.restart().app.getWeek()).askHeld).toBe(false);
    r.clock.advance(WEEK);
    await r.app.createIncident(); // next week: asked again
    expect((await r.app.getWeek()).askHeld).toBe(true);
  });

  it("a held week is not asked, and bad input is refused naming the field", async () => {
    const r = rig();
    await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await r.app.createIncident();
    expect((await r.app.getWeek()).askHeld).toBe(false);
    await expect(r.app.dismissHeldQuestion({ week: Number.NaN })).rejects.toThrow(/^week/);
  });
});

describe("unreported weeks", () => {
  it("lists only weeks that have ended; the running week can still be reported by hand", async () => {
    const r = rig({ now: MONDAY_10 + WEEK });
    await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await r.app.setOnDuty({ week: MONDAY_10 + WEEK, onDuty: true });
    await work(r, MONDAY_10, MONDAY_10 + HOUR);
    expect((await r.app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([48]);
    expect((await r.app.getReport({ weeks: [MONDAY_10 + WEEK] })).text).toBe("1 x Jourvecka");
    // At the handover the week ends and is listed.
    const handover = (await r.app.getWeek()).week.end;
    r.clock.set(handover - 1);
    expect((await r.app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([48]);
    r.clock.set(handover);
    expect((await r.app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([48, 49]);
  });
});
