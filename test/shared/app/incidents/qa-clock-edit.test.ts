import { expect, test } from "vitest";
import { MINUTE, rig } from "../fakes";

/** Monday 24 November 2025, 23:00 in Stockholm. */
const MONDAY_23 = Date.parse("2025-11-24T23:00:00+01:00");

test("after the wall clock was set back during a session, its interval can still be corrected", async () => {
  const { app, clock } = rig({ now: MONDAY_23 });
  const { id } = await app.createIncident();
  clock.advance(10 * MINUTE);
  await app.checkTimer();
  clock.jumpWall(-30 * MINUTE); // the user sets the clock back
  clock.advance(20 * MINUTE);
  await app.checkTimer();
  await app.stopTimer();
  const [work] = (await app.getIncident({ id })).work;
  if (!work) throw new Error("no work recorded");
  expect(work.end - work.start).toBe(30 * MINUTE); // real time, so its end is past the wall clock
  expect(work.end).toBeGreaterThan(clock.now());

  // The call really started 5 minutes earlier: the window sends start and end together.
  const fixed = await app.updateInterval({
    incidentId: id,
    intervalId: work.id,
    start: work.start - 5 * MINUTE,
    end: work.end,
  });
  expect(fixed.work[0]?.start).toBe(work.start - 5 * MINUTE);

  // An end later still is in the future, as before.
  await expect(
    app.updateInterval({ incidentId: id, intervalId: work.id, end: work.end + MINUTE }),
  ).rejects.toThrow(/^end: is in the future/);
});
