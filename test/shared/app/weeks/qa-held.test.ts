import { expect, test } from "vitest";
import { MINUTE, rig } from "../fakes";

test("unticking 'I am on call this week' is an answer: the question is not asked again", async () => {
  const { app, clock } = rig();
  await app.createIncident();
  clock.advance(30 * MINUTE);
  await app.stopTimer();
  expect((await app.getWeek()).askHeld).toBe(true);
  await app.setOnDuty({ week: clock.now(), onDuty: true });
  expect((await app.getWeek()).askHeld).toBe(false);

  const week = await app.setOnDuty({ week: clock.now(), onDuty: false });
  expect([week.onDuty, week.askHeld]).toEqual([false, false]);
  expect((await app.getReport({ weeks: [clock.now()] })).text).toBe("Taxa 1: 0,5h");

  // Ticked again, it is held again.
  expect((await app.setOnDuty({ week: clock.now(), onDuty: true })).onDuty).toBe(true);
});

test("a week the user said is not theirs does not tell them to forward the on-call phone", async () => {
  const { app, clock } = rig();
  const ids = async () => (await app.getWeek()).startChecklist.map((item) => item.id);
  expect(await ids()).toContain("forward"); // not answered yet: a new user still sees it
  await app.createIncident();
  clock.advance(30 * MINUTE);
  await app.stopTimer();
  await app.dismissHeldQuestion({ week: clock.now() }); // "No, I was helping out"
  expect(await ids()).toEqual(["handover"]);
  await app.setOnDuty({ week: clock.now(), onDuty: true });
  expect(await ids()).toContain("forward");
});
