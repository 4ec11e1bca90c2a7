import { expect, test } from "vitest";
import { MINUTE, rig } from "../fakes";

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

test("a Sunday-evening call's short Monday is in the held week's report and rest CSV, once", async () => {
  const { app, clock } = rig({ now: Date.parse("2025-11-24T10:00:00+01:00") }); // week 48
  await app.setOnDuty({ week: clock.now(), onDuty: true });
  clock.set(Date.parse("2025-11-30T23:00:00+01:00")); // Sunday, the week's last evening
  await app.createIncident();
  clock.advance(50 * MINUTE);
  await app.stopTimer();
  clock.set(Date.parse("2025-12-08T10:00:00+01:00"));

  const [week48] = await app.listUnreportedWeeks();
  expect(week48?.week.isoWeek).toBe(48);
  const report = await app.getReport({ weeks: [week48?.week.start ?? 0] });
  // 23:50 to Monday's 08:00: 8 h 10 min, 2 h 50 min short of 11 h.
  expect(report.weeks[0]?.rest?.shortDays).toEqual([
    {
      date: "2025-12-01",
      restMs: (8 * 60 + 10) * MINUTE,
      shortMs: (2 * 60 + 50) * MINUTE,
      earliestStart: Date.parse("2025-12-01T10:50:00+01:00"),
    },
  ]);
  expect(await app.exportRestCsv()).toContain("2025-W48;dygnsvila;2025-12-01;8,17;11;2,83");

  // Week 49 (worked in later) does not list that Monday a second time.
  clock.set(Date.parse("2025-12-03T12:00:00+01:00"));
  const { id } = await app.createIncident();
  clock.advance(30 * MINUTE);
  await app.stopTimer();
  expect(id).toBeTruthy();
  expect((await app.exportRestCsv()).match(/2025-12-01/g)).toHaveLength(1);
});
