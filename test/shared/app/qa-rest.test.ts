import { expect, test } from "vitest";
import { MINUTE, rig } from "./fakes";

/** Tuesday 25 November 2025, 02:10 in Stockholm: a night before a working day. */
const TUESDAY_0210 = Date.parse("2025-11-25T02:10:00+01:00");

test("the rest advice names all the night's work, not only the block after the last pause", async () => {
  const { app, clock } = rig({ now: TUESDAY_0210 });
  await app.toggleTimer(); // the shortcut starts a call at 02:10
  clock.advance(12 * MINUTE);
  await app.toggleTimer(); // stopped 02:22
  clock.advance(5 * MINUTE);
  await app.toggleTimer(); // resumed 02:27 (within the resume setting)
  clock.advance(63 * MINUTE);
  await app.toggleTimer(); // stopped 03:30
  const advice = (await app.getStatus()).rest;
  expect(advice?.text).toBe(
    "Dygnsvila: arbetade 02:10–02:22, 02:27–03:30. För 11 h vila, börja tidigast 14:30 i dag",
  );
  expect(advice?.worked).toEqual({ start: TUESDAY_0210, end: TUESDAY_0210 + 80 * MINUTE });
});

test("work more than the minimum rest before the night's last call is not named", async () => {
  const { app, clock } = rig({ now: TUESDAY_0210 - 12 * 60 * MINUTE }); // Monday 14:10
  const { id } = await app.createIncident();
  clock.advance(20 * MINUTE);
  await app.stopTimer();
  clock.set(TUESDAY_0210);
  await app.startTimer({ id });
  clock.advance(90 * MINUTE);
  await app.stopTimer();
  expect((await app.getStatus()).rest?.text).toBe(
    "Dygnsvila: arbetade 02:10–03:40. För 11 h vila, börja tidigast 14:40 i dag",
  );
});
