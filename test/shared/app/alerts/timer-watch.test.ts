import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/** Issue #10 point 4: no forgotten timer. */
describe("the idle question", () => {
  /** A running timer, then the desktop idle from +10 min for `away`, then input again. */
  async function awayFor(away: number) {
    const r = rig();
    const { id } = await r.app.createIncident();
    r.clock.advance(10 * MINUTE);
    await r.app.checkTimer();
    for (let idle = 0; idle < away; idle += MINUTE) {
      r.clock.advance(MINUTE);
      r.idle.ms = idle + MINUTE;
      await r.app.checkTimer();
    }
    r.clock.advance(5_000);
    r.idle.ms = 5_000;
    const asked = await r.app.checkTimer();
    return { ...r, id, asked, back: MONDAY_10 + 10 * MINUTE + away };
  }

  it("asks when the user is back after the idle setting, and notifies", async () => {
    const r = await awayFor(23 * MINUTE);
    expect(r.asked).toBe(true);
    expect(await r.app.getIdleQuestion()).toEqual({
      incidentId: r.id,
      idleSince: MONDAY_10 + 10 * MINUTE,
      backAt: r.back,
      awayMs: 23 * MINUTE,
    });
    expect(r.notifier.sent).toEqual([
      expect.objectContaining({ title: "Du var borta 23 min medan timern gick", incidentId: r.id }),
    ]);
  });

  it("does not ask after less than the setting", async () => {
    const r = await awayFor(9 * MINUTE);
    expect(r.asked).toBe(false);
    expect(await r.app.getIdleQuestion()).toBeNull();
  });

  it("keep: the session runs on, idle time included", async () => {
    const r = await awayFor(23 * MINUTE);
    await r.app.resolveIdle({ choice: "keep" });
    expect(await r.app.getIdleQuestion()).toBeNull();
    expect((await r.app.getStatus()).timer).toMatchObject({
      status: "running",
      runningSince: MONDAY_10,
    });
  });

  it("discard: a work interval up to the idle start, and a session from the return", async () => {
    const r = await awayFor(23 * MINUTE);
    r.clock.advance(2 * MINUTE);
    const timer = await r.app.resolveIdle({ choice: "discard" });
    expect(timer).toMatchObject({ status: "running", runningSince: r.back });
    const incident = await r.app.getIncident({ id: r.id });
    expect(incident.work.map((w) => [w.start, w.end])).toEqual([
      [MONDAY_10, MONDAY_10 + 10 * MINUTE],
    ]);
    expect(incident.workedMs).toBe(10 * MINUTE + 5_000 + 2 * MINUTE);
  });

  it("stop: the interval ends at the idle start and the timer stops", async () => {
    const r = await awayFor(23 * MINUTE);
    expect(await r.app.resolveIdle({ choice: "stop" })).toBeNull();
    const incident = await r.app.getIncident({ id: r.id });
    expect(incident.workedMs).toBe(10 * MINUTE);
    expect((await r.app.getStatus()).timer).toBeNull();
  });

  it("survives a restart (it is in the document), and goes stale when the session stops", async () => {
    const r = await awayFor(30 * MINUTE);
    const again = r.restart();
    expect(await again.app.getIdleQuestion()).toMatchObject({ awayMs: 30 * MINUTE });
    await again.app.stopTimer();
    expect(await again.app.getIdleQuestion()).toBeNull();
    await expect(again.app.resolveIdle({ choice: "keep" })).rejects.toThrow(/^choice: /);
  });

  it("the first question stands until answered", async () => {
    const r = await awayFor(20 * MINUTE);
    r.clock.advance(HOUR);
    await r.app.reportIdle({ idleSince: r.back + 10 * MINUTE, backAt: r.back + HOUR });
    expect(await r.app.getIdleQuestion()).toMatchObject({ awayMs: 20 * MINUTE });
    expect(r.notifier.sent).toHaveLength(1);
  });

  it("a suspend while the timer runs is idle from when the desktop went idle", async () => {
    const r = rig();
    await r.app.createIncident();
    r.clock.advance(30 * MINUTE);
    r.idle.ms = 12 * MINUTE; // the machine slept after 12 idle minutes
    r.app.suspended();
    r.clock.sleep(2 * HOUR);
    r.idle.ms = 0;
    expect(await r.app.resumed()).toBe(true);
    expect(await r.app.getIdleQuestion()).toMatchObject({
      idleSince: MONDAY_10 + 18 * MINUTE,
      awayMs: 2 * HOUR + 12 * MINUTE,
    });
  });

  it("a suspend with no timer running asks nothing", async () => {
    const r = rig();
    r.app.suspended();
    r.clock.sleep(2 * HOUR);
    expect(await r.app.resumed()).toBe(false);
  });

  it("the setting 0 switches it off; an invalid setting is refused", async () => {
    const r = rig();
    await r.app.updateSettings({
      timerWatch: { idleMinutes: 0, longSessionMinutes: 120, resumeMinutes: 15 },
    });
    await r.app.createIncident();
    r.clock.advance(HOUR);
    expect(await r.app.reportIdle({ idleSince: MONDAY_10, backAt: MONDAY_10 + HOUR })).toBe(false);
    await expect(
      r.app.updateSettings({
        timerWatch: { idleMinutes: -1, longSessionMinutes: 120, resumeMinutes: 15 },
      }),
    ).rejects.toThrow(/^settings\.timerWatch\.idleMinutes: /);
  });
});

describe("the long-session reminder", () => {
  it("comes at 2 h, then hourly, and a restart repeats none", async () => {
    const r = rig();
    const { id } = await r.app.createIncident();
    r.clock.advance(2 * HOUR - MINUTE);
    await r.app.checkTimer();
    expect(r.notifier.sent).toEqual([]);
    r.clock.advance(MINUTE);
    await r.app.checkTimer();
    await r.app.checkTimer();
    expect(r.notifier.sent).toEqual([
      expect.objectContaining({ title: "Timern har gått i 2 h", incidentId: id }),
    ]);
    const again = r.restart();
    await again.app.checkTimer();
    again.clock.advance(HOUR);
    await again.app.checkTimer();
    expect(again.notifier.sent.map((n) => n.title)).toEqual([
      "Timern har gått i 2 h",
      "Timern har gått i 3 h",
    ]);
  });

  it("after a long sleep only the latest is sent", async () => {
    const r = rig();
    await r.app.createIncident();
    r.clock.advance(164 * HOUR + 30 * MINUTE);
    await r.app.checkTimer();
    await r.app.checkTimer();
    expect(r.notifier.sent.map((n) => n.title)).toEqual(["Timern har gått i 6 dagar 20 h"]);
  });
});

describe("the global shortcut says what it did", () => {
  it("started with its deadline, stopped at the elapsed time, resumed", async () => {
    const r = rig();
    const started = await r.app.toggleTimer();
    expect(started).toMatchObject({
      action: "started",
      title: "Incident startad",
      body: "P2 svar senast 13:00",
    });
    r.clock.advance(12 * MINUTE + 34_000);
    expect(await r.app.toggleTimer()).toMatchObject({
      action: "stopped",
      incidentId: started.incidentId,
      title: "Timern stoppad vid 00:12:34",
    });
    r.clock.advance(14 * MINUTE);
    expect(await r.app.toggleTimer()).toMatchObject({
      action: "resumed",
      incidentId: started.incidentId,
      title: "Timern återupptagen",
      body: "Incident · 00:12:34",
    });
    expect(await r.app.listIncidents()).toHaveLength(1);
  });

  it("after the resume window, or once resolved, it starts a new incident", async () => {
    const r = rig();
    const first = await r.app.toggleTimer();
    await r.app.toggleTimer();
    r.clock.advance(15 * MINUTE + 1);
    expect(await r.app.toggleTimer()).toMatchObject({ action: "started" });
    const second = (await r.app.getStatus()).timer?.incidentId ?? "";
    expect(second).not.toBe(first.incidentId);
    await r.app.stopTimer();
    await r.app.markResolved({ id: second });
    expect(await r.app.toggleTimer()).toMatchObject({ action: "started" });
    expect(await r.app.listIncidents()).toHaveLength(3);
  });
});

describe("a global shortcut the desktop refuses", () => {
  it("is an error on globalShortcut and changes nothing", async () => {
    const r = rig();
    r.shortcuts.taken.add("Ctrl+Alt+T");
    const before = JSON.stringify(r.app.snapshot());
    await expect(
      r.app.updateSettings({ globalShortcut: "Ctrl+Alt+T", language: "en" }),
    ).rejects.toMatchObject({
      field: "globalShortcut",
      message: "globalShortcut: is taken by another app",
    });
    // No key combination at all: the core's own check refuses it before the desktop is asked.
    await expect(r.app.updateSettings({ globalShortcut: "bad+key" })).rejects.toMatchObject({
      field: "settings.globalShortcut",
    });
    expect(JSON.stringify(r.app.snapshot())).toBe(before);
    expect(r.shortcuts.bound).toBeNull();
  });

  it("a free one is bound before it is accepted; other settings do not touch it", async () => {
    const r = rig();
    await r.app.updateSettings({ globalShortcut: "Ctrl+Alt+K" });
    expect(r.shortcuts.bound).toBe("Ctrl+Alt+K");
    r.shortcuts.taken.add("Ctrl+Alt+K");
    await r.app.updateSettings({ language: "en" });
    expect((await r.app.getSettings()).globalShortcut).toBe("Ctrl+Alt+K");
  });
});

describe("one absence, one question", () => {
  it("an idle count that still covers the sleep after waking does not ask again", async () => {
    const r = rig();
    await r.app.createIncident();
    r.clock.advance(30 * MINUTE);
    r.idle.ms = 15 * MINUTE;
    r.app.suspended();
    r.clock.sleep(HOUR);
    r.idle.ms = HOUR + 15 * MINUTE; // this desktop counts the sleep as idle
    expect(await r.app.resumed()).toBe(true);
    r.clock.advance(5_000);
    r.idle.ms += 5_000;
    expect(await r.app.checkTimer()).toBe(false);
    await r.app.resolveIdle({ choice: "keep" });
    r.clock.advance(5_000);
    r.idle.ms = 1_000; // the click that answered
    expect(await r.app.checkTimer()).toBe(false);
    expect(await r.app.getIdleQuestion()).toBeNull();
    expect(r.notifier.sent).toHaveLength(1);
  });
});
