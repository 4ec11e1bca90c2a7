import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/** Sunday 30 November → Monday 1 December 2025, 00:00 Stockholm: the end of week 48. */
const HANDOVER_48 = Date.UTC(2025, 10, 30, 23, 0);
const TUESDAY_23 = MONDAY_10 + 24 * HOUR + 13 * HOUR;

async function weekWithWork() {
  const r = rig({ now: TUESDAY_23 + HOUR });
  await r.app.setOnDuty({ week: MONDAY_10, onDuty: true });
  const a = await r.app.createIncident({ summary: "day" });
  await r.app.stopTimer();
  await r.app.addInterval({ incidentId: a.id, start: MONDAY_10, end: MONDAY_10 + 70 * MINUTE });
  const b = await r.app.createIncident({ summary: "night" });
  await r.app.updateIncident({ id: b.id, jiraKey: "WEB-7" });
  await r.app.stopTimer();
  await r.app.addInterval({ incidentId: b.id, start: TUESDAY_23, end: TUESDAY_23 + 30 * MINUTE });
  return { ...r, a: a.id, b: b.id };
}

describe("the on-call week", () => {
  it("gives the week, its hours and pay so far, split per tariff", async () => {
    const { app } = await weekWithWork();
    const view = await app.getWeek({ week: MONDAY_10 });
    expect(view.week).toMatchObject({
      isoYear: 2025,
      isoWeek: 48,
      label: "v. 48",
      storhelg: false,
      allowanceSek: 4500,
    });
    expect(view.week.end).toBe(HANDOVER_48);
    expect(view.workedMs).toEqual({ 1: 70 * MINUTE, 2: 0, 3: 30 * MINUTE });
    expect(view.pay).toEqual({
      inForce: {
        allowance: { weeklySek: 4500, storhelgSupplement: 0.5 },
        rates: { 1: 290, 2: 400, 3: 600 },
      },
      hours: { 1: 1.5, 2: 0, 3: 0.5 },
      allowanceSek: 4500,
      tariffSek: { 1: 435, 2: 0, 3: 300 },
      totalSek: 5235,
    });
  });

  it("splits each local day by tariff for the chart", async () => {
    const { app } = await weekWithWork();
    const { days } = await app.getWeek({ week: MONDAY_10 });
    expect(days.map((d) => d.date)).toEqual([
      "2025-11-24",
      "2025-11-25",
      "2025-11-26",
      "2025-11-27",
      "2025-11-28",
      "2025-11-29",
      "2025-11-30",
    ]);
    expect(days[0]?.ms).toEqual({ 1: 70 * MINUTE, 2: 0, 3: 0 });
    expect(days[1]?.ms).toEqual({ 1: 0, 2: 0, 3: 30 * MINUTE });
  });

  it("counts a running timer up to now", async () => {
    const { app, clock } = rig();
    await app.createIncident();
    clock.advance(20 * MINUTE);
    const view = await app.getWeek();
    expect(view.workedMs[1]).toBe(20 * MINUTE);
    expect(view.pay.hours[1]).toBe(0.5);
  });

  it("lists the week's incidents and those without a Jira key, and the next handover", async () => {
    const { app, a, b } = await weekWithWork();
    const view = await app.getWeek();
    expect(view.incidents.map((i) => i.id)).toEqual([a, b]);
    expect(view.missingJiraKey).toEqual([a]);
    expect(view.nextHandover).toBe(HANDOVER_48);
    expect(view.endChecklist.find((i) => i.id === "jira-keys")?.text).toBe(
      "1 incident saknar Jira-ärende",
    );
  });

  it("marks the week on duty and ticks the week-start and week-end checklists", async () => {
    const { app } = rig();
    await app.updateSettings({
      links: { ...(await app.getSettings()).links, callForwardingPortal: "https://portal.example" },
    });
    expect((await app.getWeek()).onDuty).toBe(false);
    expect((await app.setOnDuty({ week: MONDAY_10, onDuty: true })).onDuty).toBe(true);
    const view = await app.setWeekChecklistItem({ week: MONDAY_10, itemId: "forward", done: true });
    expect(view.startChecklist[0]).toMatchObject({
      id: "forward",
      url: "https://portal.example",
      done: true,
    });
    expect(view.startChecklist[1]?.text).toBe("Nästa överlämning: mån 1 dec 00:00");
    expect((await app.getWeek({ week: MONDAY_10 + 7 * 24 * HOUR })).startChecklist[0]?.done).toBe(
      false,
    );
    expect(
      (await app.setWeekChecklistItem({ week: MONDAY_10, itemId: "report", done: true }))
        .endChecklist[0]?.done,
    ).toBe(true);
    await expect(
      app.setWeekChecklistItem({ week: MONDAY_10, itemId: "nope", done: true }),
    ).rejects.toThrow(/^itemId:/);
    expect((await app.setOnDuty({ week: MONDAY_10, onDuty: false })).onDuty).toBe(false);
  });

  it("pays the storhelg allowance in Christmas week", async () => {
    const { app } = rig({ now: Date.UTC(2025, 11, 22, 9) });
    await app.setOnDuty({ week: Date.UTC(2025, 11, 22, 9), onDuty: true });
    const status = await app.getStatus();
    expect(status.week.storhelg).toBe(true);
    expect(status.statusLine).toBe("Jour v. 52 · 22–28 dec · 6 750 kr (storhelg) + 0 h");
  });

  it("splits the days of a week with a daylight-saving change by real time", async () => {
    // Week 13 of 2025 ends on Sunday 30 March, the 23-hour day.
    const { app } = rig({ now: Date.UTC(2025, 2, 31, 12) });
    const { days, week } = await app.getWeek({ week: Date.UTC(2025, 2, 26) });
    expect(days).toHaveLength(7);
    expect(week.end - week.start).toBe(167 * HOUR);
  });
});

describe("the status at a glance", () => {
  it("goes from off duty to on duty, running, and the alarm look near a deadline", async () => {
    const { app, clock } = rig();
    const off = await app.getStatus();
    expect([off.look, off.tooltip]).toEqual(["off", "Jour: ledig"]);
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    expect((await app.getStatus()).look).toBe("on");
    const { id } = await app.createIncident({ priority: 1 });
    expect((await app.getStatus()).look).toBe("running");
    await app.pauseTimer();
    expect((await app.getStatus()).tooltip).toBe("Jour: incidenttimern pausad");
    clock.advance(46 * MINUTE);
    const alarm = await app.getStatus();
    expect(alarm.look).toBe("alarm");
    expect(alarm.deadlines).toEqual([
      {
        incidentId: id,
        kind: "response",
        priority: 1,
        deadline: MONDAY_10 + HOUR,
        soon: true,
        passed: false,
        label: "P1 svar senast 11:00",
      },
    ]);
    expect(alarm.tooltip).toBe("Jour: deadline nära eller passerad: P1 svar senast 11:00");
    await app.markResponded({ id });
    expect((await app.getStatus()).deadlines).toEqual([]);
  });

  it("writes the status line in Swedish format", async () => {
    const { app, clock } = rig();
    await app.setOnDuty({ week: MONDAY_10, onDuty: true });
    await app.createIncident();
    clock.advance(2 * HOUR + 10 * MINUTE);
    expect((await app.getStatus()).statusLine).toBe("Jour v. 48 · 24–30 nov · 4 500 kr + 2,5 h");
  });

  it("names the week 'w. 48' in English, as the English rotation and weeks view do", async () => {
    const r = rig({ now: MONDAY_10, settings: { language: "en" } });
    expect((await r.app.getStatus()).week.label).toBe("w. 48");
    await r.app.updateSettings({ language: "sv" });
    expect((await r.app.getStatus()).week.label).toBe("v. 48");
  });

  it("labels deadlines in English when asked, with the day when it is not today", async () => {
    const { app } = rig({ now: Date.UTC(2025, 10, 28, 16, 30) }); // Friday 17:30, office closed
    await app.updateSettings({ language: "en" });
    await app.createIncident({ priority: 3 });
    const [deadline] = (await app.getStatus()).deadlines;
    expect(deadline?.label).toBe("P3 respond by Mon 1 Dec 11:00");
  });
});
