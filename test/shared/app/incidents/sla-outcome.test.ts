import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/**
 * Issue 21, point 6: the response and the rollback each with their own outcome, resolving
 * marks a call responded, and a past call logged in one step with its times. The clock is
 * the rig's (MONDAY_10, a P1 answers by 11:00).
 */

describe("the response and the rollback, each its own outcome", () => {
  it("a response in time and a rollback started late do not merge into one verdict", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 1 });
    clock.advance(3 * HOUR);
    await app.markResponded({ id, at: MONDAY_10 + 12 * MINUTE });
    await app.markRollbackRequested({ id, at: MONDAY_10 + 20 * MINUTE });
    const view = await app.markRollbackStarted({ id, at: MONDAY_10 + 83 * MINUTE });
    expect(view.sla).toEqual({
      outcome: "met",
      done: true,
      lateMinutes: 0,
      tookMinutes: 12,
      leftMinutes: 0,
      deadline: view.responseDeadline,
    });
    expect(view.rollbackSla).toEqual({
      outcome: "missed",
      done: true,
      lateMinutes: 3,
      tookMinutes: 0,
      leftMinutes: 0,
      deadline: MONDAY_10 + 80 * MINUTE,
    });
  });

  it("is pending with the minutes left, then late while still unanswered", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 1 });
    clock.advance(20 * MINUTE);
    expect((await app.getIncident({ id })).sla).toMatchObject({
      outcome: "pending",
      done: false,
      leftMinutes: 40,
    });
    clock.advance(HOUR + 5 * MINUTE);
    expect((await app.getIncident({ id })).sla).toMatchObject({
      outcome: "missed",
      done: false,
      lateMinutes: 25,
    });
  });

  it("a rollback: not requested, pending with its time left, not started when resolved", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 2 });
    clock.advance(10 * MINUTE);
    expect((await app.getIncident({ id })).rollbackSla.outcome).toBe("notRequested");
    await app.markRollbackRequested({ id });
    clock.advance(15 * MINUTE);
    expect((await app.getIncident({ id })).rollbackSla).toMatchObject({
      outcome: "pending",
      leftMinutes: 45,
    });
    const resolved = await app.markResolved({ id });
    expect(resolved.rollbackSla).toMatchObject({ outcome: "notStarted", done: false });
  });
});

describe("resolving a call never marked responded", () => {
  it("marks it responded at that moment, shown on the incident and correctable", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 1 });
    clock.advance(90 * MINUTE);
    const resolved = await app.markResolved({ id });
    expect(resolved.respondedAt).toBe(MONDAY_10 + 90 * MINUTE);
    expect(resolved.sla).toMatchObject({ outcome: "missed", lateMinutes: 30 });
    // The call was taken at once: corrected, the response is in time.
    const corrected = await app.markResponded({ id, at: MONDAY_10 + 2 * MINUTE });
    expect(corrected.sla).toMatchObject({ outcome: "met", tookMinutes: 2 });
    expect(corrected.resolvedAt).toBe(MONDAY_10 + 90 * MINUTE);
  });

  it("keeps a response already marked, and resolving at a given time uses that time", async () => {
    const { app, clock } = rig();
    const first = await app.createIncident();
    const second = await app.createIncident({ reportedAt: MONDAY_10 - HOUR });
    await app.undoMilestone({ id: second.id, milestone: "responded" });
    clock.advance(HOUR);
    await app.markResponded({ id: first.id, at: MONDAY_10 + 5 * MINUTE });
    expect((await app.markResolved({ id: first.id })).respondedAt).toBe(MONDAY_10 + 5 * MINUTE);
    const at = MONDAY_10 - 10 * MINUTE;
    expect((await app.markResolved({ id: second.id, at })).respondedAt).toBe(at);
  });
});

describe("a past call logged in one step", () => {
  const reportedAt = MONDAY_10 - 36 * HOUR; // Saturday 22:00
  const all = {
    priority: 1 as const,
    reportedAt,
    respondedAt: reportedAt + 4 * MINUTE,
    resolvedAt: reportedAt + 80 * MINUTE,
    work: { start: reportedAt + 5 * MINUTE, end: reportedAt + 75 * MINUTE },
  };

  it("keeps every time it was given, starts no timer and has no live deadline", async () => {
    const { app } = rig();
    const view = await app.createIncident(all);
    expect(view).toMatchObject({
      reportedAt,
      respondedAt: reportedAt + 4 * MINUTE,
      resolvedAt: reportedAt + 80 * MINUTE,
      work: [{ start: reportedAt + 5 * MINUTE, end: reportedAt + 75 * MINUTE }],
      open: false,
    });
    expect(view.sla).toMatchObject({ outcome: "met", tookMinutes: 4 });
    const status = await app.getStatus();
    expect(status.timer).toBeNull();
    expect(status.deadlines).toEqual([]);
  });

  it("counts as responded when it came in unless told otherwise: nothing counts down", async () => {
    const { app } = rig();
    const view = await app.createIncident({ reportedAt, priority: 1 });
    expect(view.respondedAt).toBe(reportedAt);
    expect(view.resolvedAt).toBeNull();
    expect(view.sla).toMatchObject({ outcome: "met", tookMinutes: 0 });
    expect((await app.getStatus()).deadlines).toEqual([]);
  });

  const refusals: [string, Record<string, unknown>, RegExp][] = [
    ["resolved before reported", { resolvedAt: reportedAt - MINUTE }, /^resolvedAt: is before/],
    ["responded before reported", { respondedAt: reportedAt - MINUTE }, /^respondedAt: is before/],
    ["resolved in the future", { resolvedAt: MONDAY_10 + MINUTE }, /^resolvedAt: is in the future/],
    [
      "responded in the future",
      { respondedAt: MONDAY_10 + MINUTE },
      /^respondedAt: is in the future/,
    ],
    [
      "end before start",
      { work: { start: reportedAt + HOUR, end: reportedAt + 10 * MINUTE } },
      /^end: must be after start/,
    ],
    [
      "work ending in the future",
      { work: { start: MONDAY_10 - MINUTE, end: MONDAY_10 + MINUTE } },
      /^end: is in the future/,
    ],
    ["reported in the future", { reportedAt: MONDAY_10 + MINUTE }, /^reportedAt: is in the/],
  ];
  for (const [what, change, error] of refusals) {
    it(`refuses ${what}, naming the field, and saves nothing`, async () => {
      const { app, storage } = rig();
      const saves = storage.saves.length;
      await expect(app.createIncident({ ...all, ...change })).rejects.toThrow(error);
      expect(await app.listIncidents()).toEqual([]);
      expect(storage.saves.length).toBe(saves);
    });
  }

  it("refuses a past call's times without the time it came in", async () => {
    const { app } = rig();
    await expect(app.createIncident({ respondedAt: MONDAY_10 - HOUR })).rejects.toThrow(
      /^reportedAt: is required/,
    );
    expect(await app.listIncidents()).toEqual([]);
  });
});
