import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/** Issue #23 point 4: idle that works where the desktop's idle count does not. */
// The long-session reminder is off: these sessions run for hours and only the question counts.
const settings = { timerWatch: { idleMinutes: 10, longSessionMinutes: 0, resumeMinutes: 15 } };
const titles = (r: ReturnType<typeof rig>) => r.notifier.sent.map((n) => n.title);
const worked = async (r: ReturnType<typeof rig>, id: string) =>
  (await r.app.getIncident({ id })).workedMs / MINUTE;

describe("a sleep whose suspend event was missed", () => {
  it("is found on the tick, counted like a sleep, asked about and told", async () => {
    const r = rig({ settings });
    const { id } = await r.app.createIncident();
    r.clock.advance(10 * MINUTE);
    await r.app.checkTimer();
    r.clock.sleep(2 * HOUR); // no suspend event; the monotonic clock stood still
    expect(await r.app.checkTimer()).toBe(true);
    expect(titles(r)).toEqual(["Du var borta 2 h medan timern gick"]);
    expect(await r.app.getIdleQuestion()).toEqual({
      incidentId: id,
      idleSince: MONDAY_10 + 10 * MINUTE,
      backAt: MONDAY_10 + 130 * MINUTE,
      awayMs: 2 * HOUR,
    });
    await r.app.resolveIdle({ choice: "keep" });
    r.clock.advance(5 * MINUTE);
    await r.app.checkTimer();
    await r.app.stopTimer();
    expect(await worked(r, id)).toBe(135);
    expect(titles(r)).toHaveLength(1);
  });

  it("counts from when the desktop went idle before it", async () => {
    const r = rig({ settings });
    await r.app.createIncident();
    r.clock.advance(30 * MINUTE);
    r.idle.ms = 12 * MINUTE;
    await r.app.checkTimer();
    r.clock.sleep(HOUR);
    r.idle.ms = 0;
    expect(await r.app.checkTimer()).toBe(true);
    expect(await r.app.getIdleQuestion()).toMatchObject({
      idleSince: MONDAY_10 + 18 * MINUTE,
      awayMs: HOUR + 12 * MINUTE,
    });
  });

  it("one shorter than the idle setting counts and asks nothing; with no timer nothing", async () => {
    const r = rig({ settings });
    await r.app.checkTimer();
    r.clock.sleep(HOUR);
    expect(await r.app.checkTimer()).toBe(false);
    const { id } = await r.app.createIncident();
    await r.app.checkTimer();
    r.clock.sleep(5 * MINUTE);
    expect(await r.app.checkTimer()).toBe(false);
    await r.app.stopTimer();
    expect(await worked(r, id)).toBe(5);
    expect(r.notifier.sent).toEqual([]);
  });

  it("the idle setting 0 counts it without asking", async () => {
    const r = rig({ settings });
    await r.app.updateSettings({
      timerWatch: { idleMinutes: 0, longSessionMinutes: 0, resumeMinutes: 15 },
    });
    const { id } = await r.app.createIncident();
    await r.app.checkTimer();
    r.clock.sleep(HOUR);
    expect(await r.app.checkTimer()).toBe(false);
    await r.app.stopTimer();
    expect(await worked(r, id)).toBe(60);
  });
});

describe("the screen lock is an idle boundary", () => {
  it("locked is away since the lock, though the idle count says 0 (Wayland)", async () => {
    const r = rig({ settings });
    const { id } = await r.app.createIncident();
    r.clock.advance(5 * MINUTE);
    r.app.locked();
    for (let i = 0; i < 4; i++) {
      r.clock.advance(5 * MINUTE);
      expect(await r.app.checkTimer()).toBe(false);
    }
    expect(await r.app.unlocked()).toBe(true);
    expect(titles(r)).toEqual(["Du var borta 20 min medan timern gick"]);
    expect(await r.app.getIdleQuestion()).toEqual({
      incidentId: id,
      idleSince: MONDAY_10 + 5 * MINUTE,
      backAt: MONDAY_10 + 25 * MINUTE,
      awayMs: 20 * MINUTE,
    });
    await r.app.resolveIdle({ choice: "stop" });
    expect(await worked(r, id)).toBe(5);
  });

  it("a lock after the desktop's idle delay is away since the last input", async () => {
    const r = rig({ settings });
    await r.app.createIncident();
    r.clock.advance(20 * MINUTE);
    r.idle.ms = 5 * MINUTE; // the screen locked itself after 5 idle minutes
    r.app.locked();
    r.idle.ms = 0;
    r.clock.advance(6 * MINUTE);
    expect(await r.app.unlocked()).toBe(true);
    expect(await r.app.getIdleQuestion()).toMatchObject({
      idleSince: MONDAY_10 + 15 * MINUTE,
      awayMs: 11 * MINUTE,
    });
  });

  it("a short lock, an unlock without a lock, or no timer asks nothing", async () => {
    const r = rig({ settings });
    r.app.locked();
    r.clock.advance(HOUR);
    expect(await r.app.unlocked()).toBe(false);
    await r.app.createIncident();
    expect(await r.app.unlocked()).toBe(false);
    r.app.locked();
    r.clock.advance(9 * MINUTE);
    expect(await r.app.unlocked()).toBe(false);
    expect(r.notifier.sent).toEqual([]);
  });

  it("a sleep while locked is asked about once, at the unlock, from the lock", async () => {
    const r = rig({ settings });
    const { id } = await r.app.createIncident();
    r.clock.advance(10 * MINUTE);
    await r.app.checkTimer();
    r.app.locked();
    r.clock.advance(MINUTE);
    r.app.suspended();
    r.clock.sleep(HOUR);
    expect(await r.app.resumed()).toBe(false); // still at the lock screen
    r.clock.advance(2 * MINUTE);
    await r.app.checkTimer();
    expect(await r.app.unlocked()).toBe(true);
    expect(await r.app.getIdleQuestion()).toMatchObject({
      incidentId: id,
      idleSince: MONDAY_10 + 10 * MINUTE,
      awayMs: HOUR + 3 * MINUTE,
    });
    expect(titles(r)).toEqual(["Du var borta 1 h 3 min medan timern gick"]);
  });

  it("a missed sleep while locked waits for the unlock too", async () => {
    const r = rig({ settings: { ...settings, language: "en" } });
    await r.app.createIncident();
    await r.app.checkTimer();
    r.app.locked();
    r.clock.sleep(2 * HOUR);
    expect(await r.app.checkTimer()).toBe(false);
    r.clock.advance(MINUTE);
    expect(await r.app.unlocked()).toBe(true);
    expect(titles(r)).toEqual(["You were away 2 h 1 min while the timer ran"]);
  });
});
