import { cleanup, screen } from "@testing-library/react";
import { afterEach, expect, test } from "vitest";
import { WeeksView } from "../../../renderer/weeks/WeeksView";
import { MONDAY_2140, makeRig, renderWith } from "../render-app";

/** My on-call weeks: a swap is a swap only against a rotation. */

afterEach(cleanup);

test("without a rotation, a week the user marked is held, not 'bytt till dig'", async () => {
  const rig = makeRig();
  await rig.app.setOnDuty({ week: MONDAY_2140, onDuty: true });
  renderWith(rig, <WeeksView />);
  const week = await screen.findByRole("button", { name: /^v\. 48, 24–30 nov/ });
  expect(week.getAttribute("aria-pressed")).toBe("true");
  expect(week.getAttribute("aria-label")).not.toContain("bytt");
  expect(week.classList.contains("swapped")).toBe(false);
});

test("with a rotation, a held week outside it is 'bytt till dig'", async () => {
  const rig = makeRig();
  await rig.app.setRotation({ rotation: { everyWeeks: 5, fromYear: 2025, fromIsoWeek: 47 } });
  await rig.app.setOnDuty({ week: MONDAY_2140, onDuty: true });
  renderWith(rig, <WeeksView />);
  const week = await screen.findByRole("button", { name: /^v\. 48, 24–30 nov/ });
  expect(week.getAttribute("aria-label")).toContain("bytt till dig");
  expect(week.classList.contains("swapped")).toBe(true);
});
