import { describe, expect, it } from "vitest";
import { MINUTE, MONDAY_10, rig } from "../fakes";

describe("the incident timer", () => {
  it("is saved the moment it starts, so a crash keeps it", async () => {
    const { app, storage } = rig();
    const { id } = await app.createIncident();
    expect(storage.load().timer).toEqual({ incidentId: id, runningSince: MONDAY_10 });
  });

  it("keeps running across a restart and stops into one interval", async () => {
    const first = rig();
    const { id } = await first.app.createIncident();
    first.clock.advance(10 * MINUTE);
    const second = first.restart();
    second.clock.advance(5 * MINUTE);
    expect((await second.app.getStatus()).timer).toMatchObject({
      incidentId: id,
      status: "running",
      elapsedMs: 15 * MINUTE,
      sessionMs: 15 * MINUTE,
    });
    expect(await second.app.stopTimer()).toBeNull();
    const work = (await second.app.getIncident({ id })).work;
    expect(work.map((w) => [w.start, w.end])).toEqual([[MONDAY_10, MONDAY_10 + 15 * MINUTE]]);
  });

  it("pauses into an interval and resumes a new session on the same incident", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident();
    clock.advance(10 * MINUTE);
    expect(await app.pauseTimer()).toMatchObject({
      status: "paused",
      runningSince: null,
      elapsedMs: 10 * MINUTE,
      sessionMs: 0,
    });
    clock.advance(30 * MINUTE);
    expect(await app.resumeTimer()).toMatchObject({
      status: "running",
      runningSince: MONDAY_10 + 40 * MINUTE,
    });
    clock.advance(5 * MINUTE);
    await app.stopTimer();
    const incident = await app.getIncident({ id });
    expect(incident.work.map((w) => w.end - w.start)).toEqual([10 * MINUTE, 5 * MINUTE]);
    expect(incident.workedMs).toBe(15 * MINUTE);
  });

  it("a paused timer survives a restart paused", async () => {
    const first = rig();
    await first.app.createIncident();
    first.clock.advance(MINUTE);
    await first.app.pauseTimer();
    first.clock.advance(60 * MINUTE);
    const status = await first.restart().app.getStatus();
    expect(status.timer).toMatchObject({ status: "paused", elapsedMs: MINUTE });
  });

  it("runs one at a time: starting another incident's stops the first", async () => {
    const { app, clock } = rig();
    const a = await app.createIncident();
    clock.advance(10 * MINUTE);
    const b = await app.createIncident();
    expect((await app.getStatus()).timer?.incidentId).toBe(b.id);
    clock.advance(5 * MINUTE);
    await app.startTimer({ id: a.id });
    expect((await app.getIncident({ id: a.id })).workedMs).toBe(10 * MINUTE);
    expect((await app.getIncident({ id: b.id })).workedMs).toBe(5 * MINUTE);
    expect((await app.getStatus()).timer).toMatchObject({ incidentId: a.id, status: "running" });
  });

  it("starting the running timer again changes nothing", async () => {
    const { app, clock, storage } = rig();
    const { id } = await app.createIncident();
    const saves = storage.saves.length;
    clock.advance(MINUTE);
    await app.startTimer({ id });
    expect(storage.saves.length).toBe(saves);
    expect((await app.getStatus()).timer?.runningSince).toBe(MONDAY_10);
  });

  it("refuses to pause or resume what is not there", async () => {
    const { app } = rig();
    await expect(app.pauseTimer()).rejects.toThrow("timer: no timer is running");
    await expect(app.resumeTimer()).rejects.toThrow("timer: no timer is paused");
    expect(await app.stopTimer()).toBeNull();
  });

  it("toggles for the global shortcut: new incident, stop, and resume when paused", async () => {
    const { app, clock } = rig();
    const started = await app.toggleTimer();
    expect(started.action).toBe("started");
    expect((await app.listIncidents()).map((i) => i.id)).toEqual([started.incidentId]);
    clock.advance(MINUTE);
    expect(await app.toggleTimer()).toMatchObject({
      action: "stopped",
      incidentId: started.incidentId,
    });
    expect((await app.getStatus()).timer).toBeNull();
    await app.startTimer({ id: started.incidentId });
    await app.pauseTimer();
    expect(await app.toggleTimer()).toMatchObject({
      action: "resumed",
      incidentId: started.incidentId,
    });
  });
});
