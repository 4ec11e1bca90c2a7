import { describe, expect, it } from "vitest";
import { planAlerts } from "../../../../shared/app/alerts/alerts-plan";
import { emptyJourData, type Incident } from "../../../../shared/app/data/document";
import { HOUR, MINUTE, MONDAY_10, plainIncident, rig, type TestRig } from "../fakes";

const TICK = 15_000;

/** Checks at each of these minutes after 10:00 and returns the titles sent at each. */
async function titlesAt(r: TestRig, minutes: readonly number[]): Promise<[number, string[]][]> {
  const out: [number, string[]][] = [];
  for (const minute of minutes) {
    r.clock.set(MONDAY_10 + minute * MINUTE);
    const before = r.notifier.sent.length;
    await r.app.checkAlerts();
    out.push([minute, r.notifier.sent.slice(before).map((n) => n.title)]);
  }
  return out;
}

/** The handover reminders (held-reminders.test.ts) off: these tests count SLA alerts. */
const noReminders = { handoverReminders: { weekStart: false, weekEnd: false, unreported: false } };

async function p1Incident(options: Parameters<typeof rig>[0] = {}) {
  const r = rig({ tickMs: TICK, ...options, settings: { ...options.settings, ...noReminders } });
  const incident = await r.app.createIncident({ priority: 1, summary: "Kassan nere" });
  return { ...r, id: incident.id };
}

describe("SLA alerts after a milestone is undone", () => {
  it("undoing a mis-clicked Rollback started brings back the P1 alerts, not P3 ones", async () => {
    const r = await p1Incident();
    r.clock.set(MONDAY_10 + 5 * MINUTE);
    await r.app.markRollbackStarted({ id: r.id });
    const undone = await r.app.undoMilestone({ id: r.id, milestone: "rollbackStarted" });
    expect(undone.rollbackRequestedAt).toBeNull();
    expect(undone.responseDeadline).toBe(MONDAY_10 + HOUR);
    expect(await titlesAt(r, [45, 60])).toEqual([
      [45, ["P1 svar senast 11:00"]],
      [60, ["P1 svarstiden har passerat"]],
    ]);
  });

  it("undoing Resolved does not send the alerts that already went out", async () => {
    const r = await p1Incident();
    expect((await titlesAt(r, [61]))[0]?.[1]).toHaveLength(1);
    await r.app.markResolved({ id: r.id });
    r.clock.set(MONDAY_10 + 62 * MINUTE);
    await r.app.undoMilestone({ id: r.id, milestone: "resolved" });
    expect(await titlesAt(r, [62, 63])).toEqual([
      [62, []],
      [63, []],
    ]);
  });
});

describe("SLA alerts", () => {
  it("fires the lead time and the deadline once each", async () => {
    const r = await p1Incident();
    expect(await titlesAt(r, [0, 44, 45, 46, 59, 60, 61, 90])).toEqual([
      [0, []],
      [44, []],
      [45, ["P1 svar senast 11:00"]],
      [46, []],
      [59, []],
      [60, ["P1 svarstiden har passerat"]],
      [61, []],
      [90, []],
    ]);
    expect(r.notifier.sent.map((n) => [n.urgent, n.incidentId, n.body])).toEqual([
      [false, r.id, "Okänd kund · Kassan nere · om 15 min"],
      [true, r.id, "Okänd kund · Kassan nere"],
    ]);
  });

  it("fires each of several lead times once", async () => {
    const r = await p1Incident();
    await r.app.updateSettings({ alertLeadMinutes: [30, 10] });
    const fired = (await titlesAt(r, [29, 30, 31, 50, 51, 60, 61])).filter(([, t]) => t.length > 0);
    expect(fired.map(([minute]) => minute)).toEqual([30, 50, 60]);
  });

  it("stops once the incident is marked responded", async () => {
    const r = await p1Incident();
    await titlesAt(r, [45]);
    await r.app.markResponded({ id: r.id });
    expect((await titlesAt(r, [60, 120])).flatMap(([, t]) => t)).toEqual([]);
  });

  it("alerts before and at the rollback deadline until the rollback starts", async () => {
    const r = await p1Incident();
    r.clock.set(MONDAY_10 + 5 * MINUTE);
    await r.app.markResponded({ id: r.id });
    r.clock.set(MONDAY_10 + 10 * MINUTE);
    await r.app.markRollbackRequested({ id: r.id }); // must start by 11:10
    expect(await titlesAt(r, [54, 55, 70])).toEqual([
      [54, []],
      [55, ["P1 rollback senast 11:10"]],
      [70, ["P1 rollbacktiden har passerat"]],
    ]);
    const again = await p1Incident();
    again.clock.set(MONDAY_10 + 10 * MINUTE);
    await again.app.markResponded({ id: again.id });
    await again.app.markRollbackRequested({ id: again.id });
    await titlesAt(again, [55]);
    await again.app.markRollbackStarted({ id: again.id });
    expect((await titlesAt(again, [70, 80])).flatMap(([, t]) => t)).toEqual([]);
  });

  it("a machine asleep across the lead time and the deadline fires once on wake, marked late", async () => {
    const r = await p1Incident();
    await titlesAt(r, [30]);
    // Asleep from 10:30 to 11:12.
    const sent = await titlesAt(r, [72, 73]);
    expect(sent).toEqual([
      [72, ["P1 svarstiden passerade för 12 min sedan"]],
      [73, []],
    ]);
    expect(r.notifier.sent[0]?.urgent).toBe(true);
  });

  it("says it in English when the language is English", async () => {
    const r = await p1Incident({ settings: { ...emptyJourData().settings, language: "en" } });
    expect(await titlesAt(r, [45, 72])).toEqual([
      [45, ["P1 respond by 11:00"]],
      [72, ["P1 deadline passed 12 min ago"]],
    ]);
  });

  it("a restart repeats nothing", async () => {
    const r = await p1Incident();
    await titlesAt(r, [45]);
    const restarted = r.restart();
    expect(await titlesAt(restarted, [46, 50])).toEqual([
      [46, []],
      [50, []],
    ]);
    expect(await titlesAt(restarted.restart(), [60, 61])).toEqual([
      [60, ["P1 svarstiden har passerat"]],
      [61, []],
    ]);
    expect(r.notifier.sent).toHaveLength(2);
  });

  it("an app closed across the deadline fires it once at start, late", async () => {
    const r = await p1Incident();
    const restarted = r.restart();
    expect(await titlesAt(restarted, [65, 66])).toEqual([
      [65, ["P1 svarstiden passerade för 5 min sedan"]],
      [66, []],
    ]);
  });

  it("never alerts for a resolved incident", async () => {
    const r = await p1Incident();
    await r.app.markResolved({ id: r.id });
    expect((await titlesAt(r, [45, 60, 120])).flatMap(([, t]) => t)).toEqual([]);
  });

  it("a changed priority brings the new deadline's alerts", async () => {
    const r = await p1Incident();
    await r.app.updateIncident({ id: r.id, priority: 2 }); // 13:00 instead of 11:00
    expect((await titlesAt(r, [45, 60])).flatMap(([, t]) => t)).toEqual([]);
    expect(await titlesAt(r, [165, 180])).toEqual([
      [165, ["P2 svar senast 13:00"]],
      [180, ["P2 svarstiden har passerat"]],
    ]);
  });

  it("sends nothing twice when two checks run at once (tick and wake)", async () => {
    const r = await p1Incident();
    r.clock.set(MONDAY_10 + 45 * MINUTE);
    const [a, b] = await Promise.all([r.app.checkAlerts(), r.app.checkAlerts()]);
    expect(a.length + b.length).toBe(1);
    expect(r.notifier.sent).toHaveLength(1);
  });

  it("writes nothing on a tick with nothing due", async () => {
    const r = await p1Incident();
    const saves = r.storage.saves.length;
    await titlesAt(r, [1, 2, 3]);
    expect(r.storage.saves.length).toBe(saves);
  });

  it("keeps sending the others when one notification fails", async () => {
    const r = rig({ tickMs: TICK, settings: noReminders });
    await r.app.createIncident({ priority: 1 });
    await r.app.createIncident({ priority: 1 });
    let calls = 0;
    r.notifier.notify = () => {
      calls++;
      throw new Error("desktop said no");
    };
    r.clock.set(MONDAY_10 + 45 * MINUTE);
    expect(await r.app.checkAlerts()).toHaveLength(2);
    expect(calls).toBe(2);
  });
});

describe("the alert planner", () => {
  const settings = emptyJourData().settings;
  const incident: Incident = plainIncident({
    id: "i-1",
    reportedAt: MONDAY_10,
    priority: 1,
    work: [],
  });
  const plan = (now: number, fired: string[] = [], incidents = [incident]) =>
    planAlerts({ incidents, settings, fired: new Set(fired), now, tickMs: TICK });

  it("describes each alert: kind, incident, deadline, lead, moment, late, stable key", () => {
    expect(plan(MONDAY_10 + 45 * MINUTE)).toEqual([
      {
        key: `i-1|response|${MONDAY_10 + HOUR}|15`,
        covers: [`i-1|response|${MONDAY_10 + HOUR}|15`],
        incidentId: "i-1",
        priority: 1,
        kind: "lead",
        deadlineKind: "response",
        deadline: MONDAY_10 + HOUR,
        leadMinutes: 15,
        moment: MONDAY_10 + 45 * MINUTE,
        late: false,
      },
    ]);
  });

  it("marks late only what is more than a tick past its moment", () => {
    expect(plan(MONDAY_10 + HOUR + TICK)[0]?.late).toBe(false);
    expect(plan(MONDAY_10 + HOUR + TICK + 1)[0]?.late).toBe(true);
  });

  it("after a sleep, sends only the latest moment and covers the earlier ones", () => {
    const [alert, ...rest] = plan(MONDAY_10 + 2 * HOUR);
    expect(rest).toEqual([]);
    expect(alert?.kind).toBe("deadline");
    expect(alert?.covers).toHaveLength(2);
    expect(plan(MONDAY_10 + 2 * HOUR, alert?.covers)).toEqual([]);
  });

  it("drops a lead time longer than the SLA rather than warning at once", () => {
    const longLead = { ...settings, alertLeadMinutes: [90] };
    const at = (now: number) =>
      planAlerts({
        incidents: [incident],
        settings: longLead,
        fired: new Set(),
        now,
        tickMs: TICK,
      });
    expect(at(MONDAY_10)).toEqual([]);
    expect(at(MONDAY_10 + HOUR)[0]?.kind).toBe("deadline");
  });

  it("does not fire an earlier lead added after a nearer one has fired", () => {
    const fired = [`i-1|response|${MONDAY_10 + HOUR}|15`];
    const more = { ...settings, alertLeadMinutes: [30, 15] };
    const alerts = planAlerts({
      incidents: [incident],
      settings: more,
      fired: new Set(fired),
      now: MONDAY_10 + 50 * MINUTE,
      tickMs: TICK,
    });
    expect(alerts).toEqual([]);
  });
});

describe("SLA alerts of a past call (issue 21, point 6)", () => {
  it("a call logged after its deadline passed raises no alert, even with its response undone", async () => {
    const r = rig({ tickMs: TICK, settings: noReminders });
    const past = await r.app.createIncident({ priority: 1, reportedAt: MONDAY_10 - 36 * HOUR });
    await r.app.undoMilestone({ id: past.id, milestone: "responded" });
    expect(await titlesAt(r, [0, 1, 60])).toEqual([
      [0, []],
      [1, []],
      [60, []],
    ]);
  });

  it("a past call logged as responded raises none while its deadline is still ahead", async () => {
    const r = rig({ tickMs: TICK, settings: noReminders });
    await r.app.createIncident({ priority: 1, reportedAt: MONDAY_10 - 10 * MINUTE });
    expect((await titlesAt(r, [35, 50])).flatMap(([, titles]) => titles)).toEqual([]);
  });

  it("a past call whose response is undone before its deadline alerts like any call", async () => {
    const r = rig({ tickMs: TICK, settings: noReminders });
    const past = await r.app.createIncident({ priority: 1, reportedAt: MONDAY_10 - 10 * MINUTE });
    await r.app.undoMilestone({ id: past.id, milestone: "responded" });
    expect(await titlesAt(r, [35, 50])).toEqual([
      [35, ["P1 svar senast 10:50"]],
      [50, ["P1 svarstiden har passerat"]],
    ]);
  });
});
