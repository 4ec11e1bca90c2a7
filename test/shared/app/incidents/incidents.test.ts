import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, customer, rig } from "../fakes";

describe("incidents", () => {
  it("creates an incident from a call: reported now, default priority, timer running; the week is asked, not marked", async () => {
    const { app, clock } = rig();
    const incident = await app.createIncident();
    expect(incident.reportedAt).toBe(MONDAY_10);
    expect(incident.priority).toBe(2);
    expect(incident.open).toBe(true);
    expect(incident.responseDeadline).toBe(MONDAY_10 + 3 * HOUR);
    clock.advance(5 * MINUTE);
    const status = await app.getStatus();
    expect(status.timer).toMatchObject({
      incidentId: incident.id,
      status: "running",
      elapsedMs: 5 * MINUTE,
    });
    expect(status.onDuty).toBe(false);
    expect((await app.getWeek()).askHeld).toBe(true);
  });

  it("takes the default priority from the settings", async () => {
    const { app } = rig();
    await app.updateSettings({ defaultPriority: 1 });
    expect((await app.createIncident()).priority).toBe(1);
  });

  it("updates priority, customer, summary, notes and Jira key; clears the key with an empty text", async () => {
    const { app } = rig();
    await app.updateSettings({ customers: [customer] });
    const { id } = await app.createIncident();
    const updated = await app.updateIncident({
      id,
      priority: 1,
      customerId: "acme",
      summary: "Kassan ligger nere",
      notes: "Ringde 10:00",
      jiraKey: "WEB-42",
    });
    expect(updated).toMatchObject({
      priority: 1,
      customerId: "acme",
      customerName: "Acme AB",
      summary: "Kassan ligger nere",
      notes: "Ringde 10:00",
      jiraKey: "WEB-42",
      responseDeadline: MONDAY_10 + HOUR,
    });
    expect((await app.updateIncident({ id, jiraKey: "" })).jiraKey).toBeNull();
    expect((await app.updateIncident({ id, customerId: null })).customerName).toBeNull();
  });

  it("rejects an unknown customer, a malformed Jira key and an unknown id, naming the field", async () => {
    const { app } = rig();
    const { id } = await app.createIncident();
    const before = await app.exportData();
    await expect(app.updateIncident({ id, customerId: "nobody" })).rejects.toThrow(/^customerId:/);
    await expect(app.updateIncident({ id, jiraKey: "web 42" })).rejects.toThrow(/^jiraKey:/);
    await expect(app.updateIncident({ id: "i-999", summary: "x" })).rejects.toThrow(
      /^id: no incident/,
    );
    await expect(app.getIncident({ id: "i-999" })).rejects.toThrow(/^id:/);
    expect(await app.exportData()).toBe(before);
  });

  it("marks responded, rollback requested and started, resolved, at now or a given earlier minute", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident();
    clock.advance(20 * MINUTE);
    expect((await app.markResponded({ id, at: MONDAY_10 + 10 * MINUTE })).respondedAt).toBe(
      MONDAY_10 + 10 * MINUTE,
    );
    const requested = await app.markRollbackRequested({ id });
    expect(requested.rollbackRequestedAt).toBe(MONDAY_10 + 20 * MINUTE);
    expect(requested.rollbackDeadline).toBe(MONDAY_10 + 80 * MINUTE);
    clock.advance(10 * MINUTE);
    expect((await app.markRollbackStarted({ id })).rollbackStartedAt).toBe(MONDAY_10 + 30 * MINUTE);
    clock.advance(30 * MINUTE);
    const resolved = await app.markResolved({ id });
    expect(resolved.resolvedAt).toBe(MONDAY_10 + 60 * MINUTE);
    expect(resolved.open).toBe(false);
  });

  it("after a rollback request the response is due as P3 from the request", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident();
    await app.updateIncident({ id, priority: 1 });
    // P1 reported Monday 10:00 (office open): respond by 11:00.
    expect((await app.getIncident({ id })).responseDeadline).toBe(MONDAY_10 + HOUR);
    clock.advance(20 * MINUTE);
    // Requested at 10:20 while the office is open: P3 from then is 10:20 + 3 h.
    const requested = await app.markRollbackRequested({ id });
    expect(requested.responseDeadline).toBe(MONDAY_10 + 20 * MINUTE + 3 * HOUR);
    expect(requested.rollbackDeadline).toBe(MONDAY_10 + 80 * MINUTE);
    // The status names it P3 now; the rollback deadline keeps the incident's priority.
    const labels = (await app.getStatus()).deadlines.map((d) => [d.kind, d.priority]);
    expect(labels).toEqual(expect.arrayContaining([["rollback", 1]]));
    await app.markRollbackStarted({ id });
    expect((await app.getStatus()).deadlines.map((d) => [d.kind, d.priority])).toEqual([
      ["response", 3],
    ]);
    // Undoing the request brings the P1 deadline back.
    const undone = await app.undoMilestone({ id, milestone: "rollbackRequested" });
    expect(undone.responseDeadline).toBe(MONDAY_10 + HOUR);
  });

  it("refuses a milestone in the future or before the report", async () => {
    const { app } = rig();
    const { id } = await app.createIncident();
    await expect(app.markResponded({ id, at: MONDAY_10 + MINUTE })).rejects.toThrow(
      "respondedAt: is in the future",
    );
    await expect(app.markResponded({ id, at: MONDAY_10 - MINUTE })).rejects.toThrow(
      "respondedAt: is before the incident was reported",
    );
    expect((await app.getIncident({ id })).respondedAt).toBeNull();
  });

  it("a rollback started without a request records the request at the same minute", async () => {
    const { app } = rig();
    const { id } = await app.createIncident();
    const started = await app.markRollbackStarted({ id });
    expect(started.rollbackRequestedAt).toBe(MONDAY_10);
    expect(started.rollbackStartedAt).toBe(MONDAY_10);
  });

  it("undoes a milestone; undoing the rollback request also clears its start", async () => {
    const { app } = rig();
    const { id } = await app.createIncident();
    await app.markRollbackStarted({ id });
    await app.markResolved({ id });
    expect((await app.undoMilestone({ id, milestone: "resolved" })).open).toBe(true);
    const undone = await app.undoMilestone({ id, milestone: "rollbackRequested" });
    expect(undone.rollbackRequestedAt).toBeNull();
    expect(undone.rollbackStartedAt).toBeNull();
  });

  it("resolving stops the incident's timer and keeps the worked time", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident();
    clock.advance(25 * MINUTE);
    const resolved = await app.markResolved({ id });
    expect(resolved.work).toEqual([
      { id: expect.any(String), start: MONDAY_10, end: MONDAY_10 + 25 * MINUTE },
    ]);
    expect((await app.getStatus()).timer).toBeNull();
    await expect(app.startTimer({ id })).rejects.toThrow(/^id: the incident is resolved/);
  });

  it("deletes an incident with its running timer", async () => {
    const { app } = rig();
    const { id } = await app.createIncident();
    await app.deleteIncident({ id });
    expect(await app.listIncidents()).toEqual([]);
    expect((await app.getStatus()).timer).toBeNull();
    await expect(app.deleteIncident({ id })).rejects.toThrow(/^id:/);
  });

  it("lists the history newest first, filtered by week, customer, priority, text and openness", async () => {
    const { app, clock } = rig();
    await app.updateSettings({ customers: [customer] });
    const a = await app.createIncident({
      priority: 1,
      customerId: "acme",
      summary: "Checkout down",
    });
    clock.advance(7 * 24 * HOUR);
    const b = await app.createIncident({ priority: 3, summary: "Typo on start page" });
    await app.markResolved({ id: b.id });
    const ids = async (filter?: Parameters<typeof app.listIncidents>[0]) =>
      (await app.listIncidents(filter)).map((i) => i.id);
    expect(await ids()).toEqual([b.id, a.id]);
    expect(await ids({ week: MONDAY_10 })).toEqual([a.id]);
    expect(await ids({ customerId: "acme" })).toEqual([a.id]);
    expect(await ids({ priority: 3 })).toEqual([b.id]);
    expect(await ids({ text: "CHECKOUT" })).toEqual([a.id]);
    expect(await ids({ text: "acme ab" })).toEqual([a.id]);
    expect(await ids({ open: true })).toEqual([a.id]);
  });

  it("tells listeners about every change", async () => {
    const { app } = rig();
    let changes = 0;
    const stop = app.onChange(() => changes++);
    const { id } = await app.createIncident();
    await app.updateIncident({ id, summary: "x" });
    stop();
    await app.updateIncident({ id, summary: "y" });
    expect(changes).toBe(2);
  });
});
