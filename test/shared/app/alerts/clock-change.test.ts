import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JUMP_MS } from "../../../../shared/app/alerts/steady-clock";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/**
 * Issue #10 point 5: a wall-clock change while a timer runs neither loses nor adds time;
 * issue #23 point 4: a forward jump is a sleep whose event was missed, asked about.
 */
describe("a running session follows real elapsed time", () => {
  const workedMinutes = async (r: ReturnType<typeof rig>, id: string) =>
    (await r.app.getIncident({ id })).workedMs / MINUTE;

  it("the clock set back 30 min keeps the half hour", async () => {
    const r = rig();
    const { id } = await r.app.createIncident();
    r.clock.advance(10 * MINUTE);
    r.clock.jumpWall(-30 * MINUTE);
    r.clock.advance(40 * MINUTE);
    await r.app.stopTimer();
    expect(await workedMinutes(r, id)).toBe(50);
    const [work] = (await r.app.getIncident({ id })).work;
    expect(work).toMatchObject({ start: MONDAY_10, end: MONDAY_10 + 50 * MINUTE });
  });

  it("the clock set forward 3 h is asked about: discarded, 10 minutes stay 10", async () => {
    const r = rig();
    const { id } = await r.app.createIncident();
    r.clock.advance(5 * MINUTE);
    await r.app.checkTimer();
    r.clock.jumpWall(3 * HOUR);
    expect(await r.app.checkTimer()).toBe(true);
    expect(r.notifier.sent[0]?.title).toBe("Du var borta 3 h medan timern gick");
    await r.app.resolveIdle({ choice: "discard" });
    r.clock.advance(5 * MINUTE);
    await r.app.stopTimer();
    expect(await workedMinutes(r, id)).toBe(10);
  });

  it("tells the user once per session that the clock was set back", async () => {
    const r = rig();
    const { id } = await r.app.createIncident();
    await r.app.checkTimer();
    r.clock.advance(5_000);
    r.clock.jumpWall(-3 * HOUR);
    await r.app.checkTimer();
    r.clock.jumpWall(-HOUR);
    await r.app.checkTimer();
    expect(r.notifier.sent).toEqual([
      expect.objectContaining({
        title: "Datorns klocka ändrades medan timern gick",
        body: expect.stringContaining("tillbaka 3 h"),
        incidentId: id,
      }),
    ]);
  });

  it("says nothing about a step under 2 min, nor when no timer runs", async () => {
    const r = rig();
    await r.app.checkTimer();
    r.clock.jumpWall(HOUR);
    await r.app.checkTimer();
    await r.app.createIncident();
    r.clock.advance(5_000);
    r.clock.jumpWall(90_000);
    await r.app.checkTimer();
    r.clock.jumpWall(-90_000);
    await r.app.checkTimer();
    expect(r.notifier.sent).toEqual([]);
  });

  it("with no timer, now is the wall clock as set", async () => {
    const r = rig();
    r.clock.jumpWall(-2 * HOUR);
    expect((await r.app.getStatus()).now).toBe(MONDAY_10 - 2 * HOUR);
  });

  it("after a restart the wall clock is trusted once, then the monotonic one", async () => {
    const first = rig();
    const { id } = await first.app.createIncident();
    first.clock.advance(20 * MINUTE);
    const second = first.restart();
    expect((await second.app.getStatus()).timer?.sessionMs).toBe(20 * MINUTE);
    second.clock.jumpWall(HOUR);
    second.clock.advance(10 * MINUTE);
    await second.app.stopTimer();
    expect(await workedMinutes(second, id)).toBe(30);
  });

  it("a sleep counts by the wall clock, and asks: it is not a clock change", async () => {
    const r = rig();
    const { id } = await r.app.createIncident();
    r.clock.advance(10 * MINUTE);
    await r.app.checkTimer();
    r.app.suspended();
    r.clock.sleep(HOUR); // the monotonic clock stood still
    expect(await r.app.resumed()).toBe(true);
    await r.app.checkTimer();
    expect(r.notifier.sent.map((n) => n.title)).toEqual(["Du var borta 1 h medan timern gick"]);
    expect(await r.app.getIdleQuestion()).toEqual({
      incidentId: id,
      idleSince: MONDAY_10 + 10 * MINUTE,
      backAt: MONDAY_10 + 70 * MINUTE,
      awayMs: HOUR,
    });
    await r.app.resolveIdle({ choice: "keep" });
    r.clock.advance(5 * MINUTE);
    await r.app.stopTimer();
    expect(await workedMinutes(r, id)).toBe(75);
  });

  it("a clock without a monotonic reading follows the wall clock", async () => {
    const r = rig();
    const { id } = await r.app.createIncident();
    // The preview's clock has none: the old behaviour, no protection.
    Object.assign(r.clock, { monotonic: undefined });
    r.clock.advance(10 * MINUTE);
    await r.app.stopTimer();
    expect(await workedMinutes(r, id)).toBe(10);
  });
});

describe("sleep and the steady clock", () => {
  it("a tick between the suspend event and the sleep itself does not make the sleep a jump", async () => {
    const r = rig();
    const { id } = await r.app.createIncident();
    await r.app.checkTimer();
    r.clock.advance(10 * MINUTE);
    r.app.suspended();
    r.clock.advance(2_000);
    await r.app.checkTimer(); // the last tick before the machine sleeps
    r.clock.sleep(HOUR);
    await r.app.checkTimer(); // the first tick after waking, before the resume event
    await r.app.resumed();
    expect(r.notifier.sent.map((n) => n.title)).toEqual(["Du var borta 1 h medan timern gick"]);
    await r.app.resolveIdle({ choice: "keep" });
    await r.app.stopTimer();
    expect((await r.app.getIncident({ id })).workedMs).toBe(70 * MINUTE + 2_000);
  });

  it("after waking, a clock change is told again", async () => {
    const r = rig();
    await r.app.createIncident();
    await r.app.checkTimer();
    r.app.suspended();
    r.clock.sleep(5 * MINUTE); // too short to ask about
    expect(await r.app.resumed()).toBe(false);
    r.clock.advance(5_000);
    r.clock.jumpWall(-HOUR);
    await r.app.checkTimer();
    expect(r.notifier.sent.map((n) => n.body)).toEqual([expect.stringContaining("tillbaka 1 h")]);
  });
});

describe("any mix of real time and wall-clock steps", () => {
  it("a session's worked time is the real time plus the forward jumps taken as sleep", async () => {
    const step = fc.oneof(
      fc.record({ real: fc.integer({ min: 0, max: 20 * MINUTE }) }),
      fc.record({ wall: fc.integer({ min: -6 * HOUR, max: 6 * HOUR }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const r = rig();
        const { id } = await r.app.createIncident();
        await r.app.checkTimer(); // the first look, as the shell's tick does
        let real = 0;
        for (const s of steps) {
          if ("real" in s) {
            r.clock.advance(s.real);
            real += s.real;
          } else {
            r.clock.jumpWall(s.wall);
            // Forward beyond drift: a sleep whose suspend event was missed (asked about).
            if (s.wall > JUMP_MS) real += s.wall;
          }
          await r.app.checkTimer();
        }
        r.clock.advance(MINUTE);
        await r.app.stopTimer();
        const incident = await r.app.getIncident({ id });
        // To the second: the timer records whole seconds (docs/timer.md, "Seconds").
        expect(incident.workedMs).toBe(Math.floor((real + MINUTE) / 1000) * 1000);
        expect(incident.work[0]?.start).toBe(MONDAY_10);
      }),
      { numRuns: 60 },
    );
  });
});
