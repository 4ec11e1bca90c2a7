import { describe, expect, it } from "vitest";
import { rig } from "../fakes";

/** Issue #21 point 1: worked time is kept to the second, so what is shown is what is paid. */
describe("seconds: what is shown is what is paid", () => {
  // Tuesday 25 November 2025, 02:10:00 in Stockholm (CET): a night of Taxa 3.
  const START = Date.UTC(2025, 10, 25, 1, 10);
  const STOP = START + 90 * 60_000 + 15_600; // 03:40:15.6

  it("a timer stopped at 03:40:15.6 records 03:40:15; an untouched save keeps it and the pay", async () => {
    const r = rig({ now: START });
    const { id } = await r.app.createIncident();
    r.clock.advance(STOP - START);
    await r.app.stopTimer();
    const [work] = (await r.app.getIncident({ id })).work;
    expect(work).toMatchObject({ start: START, end: START + 90 * 60_000 + 15_000 });
    const paid = (await r.app.getWeek()).pay;
    // A started half hour counts: 1 h 30 min 15 s is 2 h.
    expect(paid.hours).toMatchObject({ 3: 2 });
    if (!work) return;
    await r.app.updateInterval({ incidentId: id, intervalId: work.id, ...work });
    expect((await r.app.getWeek()).pay).toEqual(paid);
  });

  it("the incidents CSV writes the worked time and the times to the second", async () => {
    const r = rig({ now: START });
    const { id } = await r.app.createIncident();
    r.clock.advance(STOP - START);
    await r.app.markResponded({ id });
    await r.app.stopTimer();
    const [, row] = (await r.app.exportIncidentsCsv()).replace("\ufeff", "").split("\r\n");
    const cells = row?.split(";") ?? [];
    expect(cells[1]).toBe("2025-11-25 02:10");
    expect(cells[7]).toBe("2025-11-25 03:40:15");
    expect(cells.at(-1)).toBe("01:30:15");
  });
});
