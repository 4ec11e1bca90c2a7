import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJourData } from "../../../../shared/app/data/checker";
import { HOUR, MINUTE, MONDAY_10, customer, rig } from "../fakes";

/** Issue 12, point 3: the incident as a record (one file: each part shares the rig and its links). */

const jiraLinks = {
  jira: "https://jira.example",
  jiraProjectId: "10000",
  jiraIssueTypeId: "10001",
};

describe("the incident as a record: corrected times", () => {
  it("corrects the reported time; the deadlines follow it", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 1 });
    clock.advance(30 * MINUTE);
    const corrected = await app.updateIncident({ id, reportedAt: MONDAY_10 - 20 * MINUTE });
    expect(corrected.reportedAt).toBe(MONDAY_10 - 20 * MINUTE);
    expect(corrected.responseDeadline).toBe(MONDAY_10 - 20 * MINUTE + HOUR);
  });

  it("refuses a reported time in the future or after a milestone, naming the field", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident();
    clock.advance(30 * MINUTE);
    await app.markResponded({ id, at: MONDAY_10 + 10 * MINUTE });
    await expect(app.updateIncident({ id, reportedAt: MONDAY_10 + HOUR })).rejects.toThrow(
      /^reportedAt: is in the future/,
    );
    await expect(app.updateIncident({ id, reportedAt: MONDAY_10 + 15 * MINUTE })).rejects.toThrow(
      /^reportedAt: is after a milestone/,
    );
    expect((await app.getIncident({ id })).reportedAt).toBe(MONDAY_10);
  });

  it("corrects every milestone time, each error naming its own field", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident();
    clock.advance(2 * HOUR);
    await app.markResponded({ id });
    const marks = [
      ["respondedAt", (at: number) => app.markResponded({ id, at })],
      ["rollbackRequestedAt", (at: number) => app.markRollbackRequested({ id, at })],
      ["rollbackStartedAt", (at: number) => app.markRollbackStarted({ id, at })],
      ["resolvedAt", (at: number) => app.markResolved({ id, at })],
    ] as const;
    for (const [field, mark] of marks) {
      await expect(mark(MONDAY_10 + 3 * HOUR)).rejects.toThrow(`${field}: is in the future`);
      await expect(mark(MONDAY_10 - MINUTE)).rejects.toThrow(
        `${field}: is before the incident was reported`,
      );
    }
    const corrected = await app.markResponded({ id, at: MONDAY_10 + 5 * MINUTE });
    expect(corrected.respondedAt).toBe(MONDAY_10 + 5 * MINUTE);
    const resolved = await app.markResolved({ id, at: MONDAY_10 + HOUR });
    expect(resolved.resolvedAt).toBe(MONDAY_10 + HOUR);
    expect((await app.markResolved({ id, at: MONDAY_10 + 90 * MINUTE })).resolvedAt).toBe(
      MONDAY_10 + 90 * MINUTE,
    );
  });
});

describe("a past call", () => {
  it("is logged with its time, without starting the timer", async () => {
    const { app } = rig();
    const past = await app.createIncident({ reportedAt: MONDAY_10 - 3 * HOUR, priority: 1 });
    expect(past.reportedAt).toBe(MONDAY_10 - 3 * HOUR);
    expect(past.responseDeadline).toBe(MONDAY_10 - 2 * HOUR);
    const status = await app.getStatus();
    expect(status.timer).toBeNull();
  });

  it("is refused in the future, and changes nothing", async () => {
    const { app } = rig();
    await expect(app.createIncident({ reportedAt: MONDAY_10 + MINUTE })).rejects.toThrow(
      /^reportedAt: is in the future/,
    );
    expect(await app.listIncidents()).toEqual([]);
  });

  it("leaves a running timer of another incident running", async () => {
    const { app } = rig();
    const running = await app.createIncident();
    await app.createIncident({ reportedAt: MONDAY_10 - HOUR });
    expect((await app.getStatus()).timer?.incidentId).toBe(running.id);
  });
});

describe("the SLA outcome", () => {
  it("is pending until responded, then met or missed by whole minutes", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 1 });
    expect((await app.getIncident({ id })).sla).toMatchObject({
      outcome: "pending",
      leftMinutes: 60,
    });
    clock.advance(2 * HOUR);
    // Answered 22:45 with the deadline at 22:40 in the issue: here 5 min after reported + 1 h.
    const missed = await app.markResponded({ id, at: MONDAY_10 + HOUR + 5 * MINUTE });
    expect(missed.sla).toMatchObject({ outcome: "missed", lateMinutes: 5 });
    const met = await app.markResponded({ id, at: MONDAY_10 + HOUR });
    expect(met.sla).toMatchObject({ outcome: "met", lateMinutes: 0 });
  });

  it("shows in the history and in the week's incident list", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 1 });
    clock.advance(2 * HOUR);
    await app.markResponded({ id, at: MONDAY_10 + HOUR + 30_001 });
    expect((await app.listIncidents())[0]?.sla).toMatchObject({
      outcome: "missed",
      lateMinutes: 1,
    });
    const week = await app.getWeek();
    expect(week.incidents[0]?.sla.outcome).toBe("missed");
  });

  it("late minutes are never negative and round up (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5 * HOUR }), async (after) => {
        const { app, clock } = rig();
        const { id, responseDeadline } = await app.createIncident({ priority: 1 });
        clock.advance(6 * HOUR);
        const { sla } = await app.markResponded({ id, at: MONDAY_10 + after });
        const late = MONDAY_10 + after - responseDeadline;
        if (late <= 0) expect(sla).toMatchObject({ outcome: "met", lateMinutes: 0 });
        else
          expect(sla).toMatchObject({ outcome: "missed", lateMinutes: Math.ceil(late / MINUTE) });
      }),
      { numRuns: 40 },
    );
  });
});

describe("the rollback's outcome", () => {
  it("a rollback started 90 min after its request misses the 1 h deadline by 30 min, everywhere", async () => {
    const { app, clock } = rig();
    const settings = await app.getSettings();
    await app.updateSettings({ links: { ...settings.links, ...jiraLinks } });
    const { id } = await app.createIncident({ priority: 1 });
    clock.advance(3 * HOUR);
    await app.markResponded({ id, at: MONDAY_10 + 10 * MINUTE });
    const requested = await app.markRollbackRequested({ id, at: MONDAY_10 + 20 * MINUTE });
    // Not started by 11:20 and the clock at 13:00: late, still open.
    expect(requested.rollbackSla).toMatchObject({ outcome: "missed", done: false });
    const late = await app.markRollbackStarted({ id, at: MONDAY_10 + 110 * MINUTE });
    expect(late.rollbackSla).toMatchObject({ outcome: "missed", lateMinutes: 30 });
    expect((await app.listIncidents())[0]?.rollbackSla.outcome).toBe("missed");
    expect((await app.getWeek()).incidents[0]?.rollbackSla.lateMinutes).toBe(30);
    const url = (await app.getChecklist({ id })).jiraCreateUrl ?? "";
    const description = new URL(url).searchParams.get("description") ?? "";
    expect(description).toContain("Rollback: påbörjad 30 min för sent");
    // Corrected to within the hour: met.
    const met = await app.markRollbackStarted({ id, at: MONDAY_10 + 80 * MINUTE });
    expect(met.rollbackSla).toMatchObject({ outcome: "met", lateMinutes: 0 });
  });

  it("is not requested without a rollback", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ priority: 1 });
    clock.advance(HOUR);
    const resolved = await app.markResolved({ id });
    expect(resolved.rollbackSla).toMatchObject({ outcome: "notRequested", deadline: null });
  });
});

describe("the timeline", () => {
  it("stamps a note now, edits its text and time, keeps time order, deletes", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident();
    clock.advance(10 * MINUTE);
    let incident = await app.addTimelineEntry({ id, text: "  Kunden ringde igen " });
    expect(incident.timeline).toEqual([
      { id: expect.any(String), at: MONDAY_10 + 10 * MINUTE, text: "Kunden ringde igen" },
    ]);
    clock.advance(10 * MINUTE);
    incident = await app.addTimelineEntry({ id, text: "Omstart" });
    const [first, second] = incident.timeline;
    incident = await app.updateTimelineEntry({
      id,
      entryId: second?.id ?? "",
      at: MONDAY_10 + 5 * MINUTE,
      text: "Omstart av servern",
    });
    expect(incident.timeline.map((e) => e.text)).toEqual(["Omstart av servern", first?.text]);
    incident = await app.deleteTimelineEntry({ id, entryId: first?.id ?? "" });
    expect(incident.timeline).toHaveLength(1);
  });

  it("refuses an empty note or a time in the future or before the report", async () => {
    const { app } = rig();
    const { id } = await app.createIncident();
    await expect(app.addTimelineEntry({ id, text: " " })).rejects.toThrow(/^text: /);
    await expect(app.addTimelineEntry({ id, text: "x", at: MONDAY_10 + 1 })).rejects.toThrow(
      /^at: is in the future/,
    );
    await expect(app.addTimelineEntry({ id, text: "x", at: MONDAY_10 - 1 })).rejects.toThrow(
      /^at: is before/,
    );
    await expect(app.updateTimelineEntry({ id, entryId: "n-99", text: "y" })).rejects.toThrow(
      /^entryId: /,
    );
    expect((await app.getIncident({ id })).timeline).toEqual([]);
  });

  it("moves an older incident's notes into the timeline as its first entry", async () => {
    const { app, clock } = rig();
    const { id } = await app.createIncident({ notes: "Gamla anteckningar" });
    clock.advance(MINUTE);
    const incident = await app.addTimelineEntry({ id, text: "Ny" });
    expect(incident.notes).toBe("");
    expect(incident.timeline.map((e) => [e.at, e.text])).toEqual([
      [MONDAY_10, "Gamla anteckningar"],
      [MONDAY_10 + MINUTE, "Ny"],
    ]);
  });

  it("reads a file written before the timeline existed, and survives a restart", async () => {
    const { app, clock, restart } = rig();
    const { id } = await app.createIncident();
    clock.advance(MINUTE);
    await app.addTimelineEntry({ id, text: "sparad" });
    expect((await restart().app.getIncident({ id })).timeline[0]?.text).toBe("sparad");
    const old = JSON.parse(JSON.stringify(app.snapshot())) as { incidents: object[] };
    for (const incident of old.incidents) delete (incident as { timeline?: unknown }).timeline;
    expect(parseJourData(old).incidents[0]?.timeline).toEqual([]);
  });

  it("is summarized into the Jira description in time order, milestones included", async () => {
    const { app, clock } = rig({ settings: {} });
    await app.updateSettings({ customers: [customer] });
    const settings = await app.getSettings();
    await app.updateSettings({ links: { ...settings.links, ...jiraLinks } });
    const { id } = await app.createIncident({ priority: 1, customerId: "acme" });
    clock.advance(2 * HOUR);
    await app.markResponded({ id, at: MONDAY_10 + 70 * MINUTE });
    await app.addTimelineEntry({ id, text: "Startade om IIS", at: MONDAY_10 + 80 * MINUTE });
    await app.addTimelineEntry({ id, text: "Kunden ringde", at: MONDAY_10 + 5 * MINUTE });
    const url = (await app.getChecklist({ id })).jiraCreateUrl ?? "";
    const description = new URL(url).searchParams.get("description") ?? "";
    expect(description).toContain("SLA: svarat 10 min för sent");
    const lines = description.split("\n");
    const order = ["Kunden ringde", "Besvarad", "Startade om IIS"].map((text) =>
      lines.findIndex((line) => line.endsWith(text)),
    );
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("keeps the Jira link within 2 000 characters however long the timeline", async () => {
    const { app, clock } = rig();
    const settings = await app.getSettings();
    await app.updateSettings({ links: { ...settings.links, ...jiraLinks } });
    // A long summary: the description keeps at most half its room for it.
    const { id } = await app.createIncident({ summary: "å".repeat(120) });
    clock.advance(HOUR);
    for (let n = 0; n < 40; n++) {
      await app.addTimelineEntry({ id, text: `Steg ${n} ${"ö".repeat(300)}`, at: MONDAY_10 + n });
    }
    const url = (await app.getChecklist({ id })).jiraCreateUrl ?? "";
    expect(url.length).toBeLessThanOrEqual(2_000);
    const description = new URL(url).searchParams.get("description") ?? "";
    // "Steg 0" and its ö's fill the link: shortened with …, the other 39 counted.
    expect(description).toMatch(/Steg 0 ö+…\n… 39 till i Jour$/);
  });
});

describe("what a quick link lacks (issue 12.5)", () => {
  it("names the exact Jira setting missing, and the customer's own field", async () => {
    const { app } = rig();
    const settings = await app.getSettings();
    await app.updateSettings({
      customers: [customer, { ...customer, id: "beta", name: "Beta", elmahUrl: "" }],
      links: { ...settings.links, jira: "https://jira.example", jiraProjectId: "" },
    });
    const { id } = await app.createIncident({ customerId: "beta" });
    const steps = (await app.getChecklist({ id })).steps;
    expect(steps.find((s) => s.id === "jira")?.missingSettings).toEqual([
      "links.jiraProjectId",
      "links.jiraIssueTypeId",
    ]);
    expect(steps.find((s) => s.id === "elmah")?.missingSettings).toEqual(["customers.1.elmahUrl"]);
    const none = await app.createIncident();
    const noCustomer = (await app.getChecklist({ id: none.id })).steps;
    expect(noCustomer.find((s) => s.id === "elmah")?.missingSettings).toEqual([
      "incident.customer",
    ]);
  });

  it("the week start names the portal setting while it is empty", async () => {
    const { app } = rig();
    const week = await app.getWeek();
    expect(week.startChecklist.find((i) => i.id === "forward")?.missingSettings).toEqual([
      "links.callForwardingPortal",
    ]);
    expect(week.startChecklist.find((i) => i.id === "handover")?.info).toBe(true);
  });

  it("the first-run setup is offered until done (setupDone), and older settings read as not done", async () => {
    const { app } = rig();
    expect((await app.getSettings()).setupDone).toBe(false);
    await app.updateSettings({ setupDone: true });
    expect((await app.getSettings()).setupDone).toBe(true);
    const old = JSON.parse(JSON.stringify(app.snapshot())) as { settings: { setupDone?: boolean } };
    delete old.settings.setupDone;
    expect(parseJourData(old).settings.setupDone).toBe(false);
  });
});

describe("spans past 48 h (issue 12.6)", () => {
  it("a late alert says its lateness in days", async () => {
    const { app, clock, notifier } = rig();
    await app.createIncident({ priority: 1 });
    clock.advance(HOUR + 11 * 24 * HOUR + 5 * HOUR);
    await app.checkAlerts();
    expect(notifier.sent.map((n) => n.title)).toContainEqual(
      expect.stringMatching(/för 11 dagar 5 h sedan$/),
    );
  });
});

describe("setupDone in a settings patch", () => {
  it("stays done when a later patch leaves it out", async () => {
    const { app } = rig();
    await app.updateSettings({ setupDone: true });
    await app.updateSettings({ language: "en" });
    const whole: Partial<Awaited<ReturnType<typeof app.getSettings>>> = await app.getSettings();
    delete whole.setupDone;
    await app.updateSettings(whole);
    expect((await app.getSettings()).setupDone).toBe(true);
  });
});
