import { describe, expect, it } from "vitest";
import { HOUR, MONDAY_10, rig } from "../fakes";

/** Issue 21.5: a week still in progress is marked reported only when the user said so. */

const WEEK = 7 * 24 * HOUR;
/** The handover ending week 48 (Monday 1 Dec 00:00 in Stockholm). */
const END_48 = Date.UTC(2025, 10, 30, 23, 0);

describe("marking a running week reported", () => {
  it("is refused without confirmRunning, naming the week and its end, and changes nothing", async () => {
    const { app } = rig({ now: MONDAY_10 + HOUR });
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    const before = await app.exportData();
    const failure = app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
    await expect(failure).rejects.toThrow(
      /^weeks\.0: v\. 48 is still in progress \(until 2025-11-30T23:00:00\.000Z\)/,
    );
    await expect(failure).rejects.toMatchObject({ code: "weekRunning" });
    expect(await app.exportData()).toBe(before);
    expect((await app.getReport({ weeks: [MONDAY_10] })).weeks[0]).toMatchObject({
      inProgress: true,
      reported: false,
    });
  });

  it("names the running one among ended weeks", async () => {
    const { app } = rig({ now: MONDAY_10 + WEEK });
    await expect(
      app.markWeeksReported({ weeks: [MONDAY_10, MONDAY_10 + WEEK], reported: true }),
    ).rejects.toThrow(/^weeks\.1: v\. 49 is still in progress/);
  });

  it("marks it when the user confirmed, and its reminders stop", async () => {
    const { app } = rig({ now: MONDAY_10 + HOUR });
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    const marked = await app.markWeeksReported({
      weeks: [MONDAY_10],
      reported: true,
      confirmRunning: true,
    });
    expect(marked.map((ref) => ref.reported)).toEqual([true]);
  });

  it("marks an ended week without asking, from the moment of its handover", async () => {
    const { app, clock } = rig({ now: END_48 - 1 });
    await expect(app.markWeeksReported({ weeks: [MONDAY_10], reported: true })).rejects.toThrow(
      /still in progress/,
    );
    clock.set(END_48);
    const marked = await app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
    expect(marked.map((ref) => ref.reported)).toEqual([true]);
    expect((await app.getReport({ weeks: [MONDAY_10] })).weeks[0]?.inProgress).toBe(false);
  });

  it("signs a correction of a running week already marked without asking again", async () => {
    const { app } = rig({ now: MONDAY_10 + 3 * HOUR });
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: true, confirmRunning: true });
    const incident = await app.createIncident({ reportedAt: MONDAY_10 });
    await app.addInterval({ incidentId: incident.id, start: MONDAY_10, end: MONDAY_10 + HOUR });
    const changed = (await app.getReport({ weeks: [MONDAY_10] })).weeks[0]?.record;
    expect(changed?.state).toBe("changed");
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
    const signed = (await app.getReport({ weeks: [MONDAY_10] })).weeks[0]?.record;
    expect(signed?.state).toBe("reported");
    expect(signed?.history.map((record) => record.kind)).toEqual(["report", "correction"]);
  });

  it("unmarks a running week without asking", async () => {
    const { app } = rig({ now: MONDAY_10 + HOUR });
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: true, confirmRunning: true });
    const unmarked = await app.markWeeksReported({ weeks: [MONDAY_10], reported: false });
    expect(unmarked.map((ref) => ref.reported)).toEqual([false]);
  });
});
