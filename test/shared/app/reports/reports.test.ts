import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

const WEEK = 7 * 24 * HOUR;

/** Held weeks 48 (70 min, Taxa 1) and 49 (30 min at night, Taxa 3); now in week 50. */
async function withWork() {
  const r = rig({ now: MONDAY_10 + 2 * WEEK });
  const { id } = await r.app.createIncident();
  await r.app.stopTimer();
  await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
  await r.app.setOnDuty({ week: MONDAY_10 + WEEK, onDuty: true });
  await r.app.addInterval({ incidentId: id, start: MONDAY_10, end: MONDAY_10 + 70 * MINUTE });
  await r.app.addInterval({
    incidentId: id,
    start: MONDAY_10 + WEEK + 13 * HOUR,
    end: MONDAY_10 + WEEK + 13.5 * HOUR,
  });
  return r;
}

describe("week reports", () => {
  it("writes the organizer text of one week and of several together", async () => {
    const { app } = await withWork();
    expect((await app.getReport({ weeks: [MONDAY_10] })).text).toBe("1 x Jourvecka\nTaxa 1: 1,5h");
    const both = await app.getReport({ weeks: [MONDAY_10 + WEEK, MONDAY_10, MONDAY_10 + HOUR] });
    expect(both.text).toBe("2 x Jourvecka\nTaxa 1: 1,5h\nTaxa 3: 0,5h");
    expect(both.weeks.map((w) => w.week.isoWeek)).toEqual([48, 49]);
    expect(both.weeks.map((w) => w.pay.totalSek)).toEqual([4935, 4800]);
    expect(both.totalSek).toBe(9735);
  });

  it("lists unreported weeks oldest first and forgets them once marked reported", async () => {
    const { app } = await withWork();
    expect((await app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([48, 49]);
    const marked = await app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
    expect(marked.map((w) => [w.week.isoWeek, w.reported])).toEqual([[48, true]]);
    expect((await app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([49]);
    expect((await app.getReport({ weeks: [MONDAY_10] })).weeks[0]?.reported).toBe(true);
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: false });
    expect((await app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([48, 49]);
  });

  it("counts an ended week on duty without work as unreported, but not the running one", async () => {
    const { app } = rig({ now: MONDAY_10 + WEEK });
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await app.setOnDuty({ week: MONDAY_10 + WEEK, onDuty: true });
    await app.setOnDuty({ week: MONDAY_10 + 2 * WEEK, onDuty: true });
    expect((await app.listUnreportedWeeks()).map((w) => w.week.isoWeek)).toEqual([48]);
    expect((await app.listWeeks()).map((w) => w.week.isoWeek)).toEqual([50, 49, 48]);
  });

  it("lists weeks newest first with their incidents and worked time", async () => {
    const { app } = await withWork();
    const weeks = await app.listWeeks();
    expect(weeks.map((w) => [w.week.isoWeek, w.incidentCount, w.workedMs])).toEqual([
      [50, 1, 0],
      [49, 1, 30 * MINUTE],
      [48, 1, 70 * MINUTE],
    ]);
  });

  it("splits work across a handover between the weeks", async () => {
    const r = rig({ now: MONDAY_10 + WEEK });
    const { id } = await r.app.createIncident();
    await r.app.stopTimer();
    // Sunday 23:30 → Monday 00:30 across the handover of week 48 → 49.
    const handover = Date.UTC(2025, 10, 30, 23, 0);
    await r.app.addInterval({
      incidentId: id,
      start: handover - 30 * MINUTE,
      end: handover + 30 * MINUTE,
    });
    const weeks = await r.app.listWeeks();
    expect(weeks.map((w) => [w.week.isoWeek, w.workedMs])).toEqual([
      [49, 30 * MINUTE],
      [48, 30 * MINUTE],
    ]);
  });
});
