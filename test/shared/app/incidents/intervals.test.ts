import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

async function resolvedIncident() {
  const r = rig({ now: MONDAY_10 + 2 * HOUR });
  const { id } = await r.app.createIncident();
  await r.app.stopTimer();
  return { ...r, id };
}

describe("work intervals edited by hand", () => {
  it("adds forgotten time, corrects a start or an end, and deletes", async () => {
    const { app, id } = await resolvedIncident();
    const added = await app.addInterval({
      incidentId: id,
      start: MONDAY_10,
      end: MONDAY_10 + 30 * MINUTE,
    });
    expect(added.workedMs).toBe(30 * MINUTE);
    const intervalId = added.work[0]?.id ?? "";
    const moved = await app.updateInterval({
      incidentId: id,
      intervalId,
      start: MONDAY_10 - 15 * MINUTE,
    });
    expect(moved.work[0]).toMatchObject({
      start: MONDAY_10 - 15 * MINUTE,
      end: MONDAY_10 + 30 * MINUTE,
    });
    const ended = await app.updateInterval({
      incidentId: id,
      intervalId,
      end: MONDAY_10 + 45 * MINUTE,
    });
    expect(ended.workedMs).toBe(60 * MINUTE);
    expect((await app.deleteInterval({ incidentId: id, intervalId })).work).toEqual([]);
  });

  it("allows overlaps and counts overlapping time once", async () => {
    const { app, id } = await resolvedIncident();
    await app.addInterval({ incidentId: id, start: MONDAY_10, end: MONDAY_10 + 30 * MINUTE });
    const both = await app.addInterval({
      incidentId: id,
      start: MONDAY_10 + 20 * MINUTE,
      end: MONDAY_10 + 40 * MINUTE,
    });
    expect(both.work).toHaveLength(2);
    expect(both.workedMs).toBe(40 * MINUTE);
  });

  it("refuses an end not after the start, naming the field, and changes nothing", async () => {
    const { app, id } = await resolvedIncident();
    const before = await app.exportData();
    await expect(
      app.addInterval({ incidentId: id, start: MONDAY_10, end: MONDAY_10 }),
    ).rejects.toThrow("end: must be after start");
    await expect(
      app.addInterval({ incidentId: id, start: MONDAY_10, end: MONDAY_10 - MINUTE }),
    ).rejects.toThrow("end: must be after start");
    expect(await app.exportData()).toBe(before);
  });

  it("refuses time in the future", async () => {
    const { app, id, clock } = await resolvedIncident();
    await expect(
      app.addInterval({ incidentId: id, start: clock.now() - MINUTE, end: clock.now() + MINUTE }),
    ).rejects.toThrow("end: is in the future");
  });

  it("checks a corrected interval as a whole", async () => {
    const { app, id } = await resolvedIncident();
    const added = await app.addInterval({
      incidentId: id,
      start: MONDAY_10,
      end: MONDAY_10 + 30 * MINUTE,
    });
    const intervalId = added.work[0]?.id ?? "";
    await expect(
      app.updateInterval({ incidentId: id, intervalId, start: MONDAY_10 + 31 * MINUTE }),
    ).rejects.toThrow("end: must be after start");
    await expect(
      app.updateInterval({ incidentId: id, intervalId: "w-999", end: MONDAY_10 }),
    ).rejects.toThrow(/^intervalId:/);
    await expect(app.deleteInterval({ incidentId: "i-999", intervalId })).rejects.toThrow(
      /^incidentId:/,
    );
    expect((await app.getIncident({ id })).work[0]).toMatchObject({
      start: MONDAY_10,
      end: MONDAY_10 + 30 * MINUTE,
    });
  });
});
