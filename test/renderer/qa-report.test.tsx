import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { IdleQuestion } from "../../renderer/ui/IdleQuestion";
import { NowView } from "../../renderer/now/NowView";
import { ReportView } from "../../renderer/report/ReportView";
import { MINUTE, MONDAY_2140, makeRig, plain, renderWith } from "./render-app";

const WEEK = 7 * 24 * 60 * MINUTE;

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

/** Weeks 48 and 49 each with one night call, looked at in week 50. */
async function twoWeeksWithCalls() {
  const rig = makeRig({}, MONDAY_2140);
  for (const week of [0, 1]) {
    rig.clock.ms = MONDAY_2140 + week * WEEK;
    await rig.app.setOnDuty({ week: rig.clock.ms, onDuty: true });
    await rig.app.createIncident();
    rig.clock.ms += 80 * MINUTE;
    await rig.app.stopTimer();
  }
  rig.clock.ms = MONDAY_2140 + 2 * WEEK;
  return rig;
}

test("Week report: one incident is '1 incident', not '1 incidenter' / '1 incidents'", async () => {
  for (const language of ["sv", "en"] as const) {
    const rig = await twoWeeksWithCalls();
    renderWith(rig, <ReportView />, language);
    const box = await screen.findByRole("checkbox", { name: /^v\. 48/ });
    const label = plain(box.parentElement?.textContent);
    expect(label).toMatch(/· 1 incident$/);
    cleanup();
  }
});

test("Week report: the rest sections come in the order of the week sections (newest first)", async () => {
  const rig = await twoWeeksWithCalls();
  renderWith(rig, <ReportView />);
  await userEvent.click(await screen.findByRole("checkbox", { name: /^v\. 49/ }));
  await screen.findByRole("region", { name: "Vila v. 49" });
  await screen.findByRole("region", { name: "Vila v. 48" });
  await waitFor(() =>
    expect(screen.getAllByRole("heading", { level: 2 }).length).toBeGreaterThan(3),
  );
  const headings = screen
    .getAllByRole("heading", { level: 2 })
    .map((heading) => plain(heading.textContent))
    .filter((text) => /^(Vila )?v\. 4[89]/.test(text))
    .map((text) => (text.startsWith("Vila") ? text : text.slice(0, 5)));
  expect(headings).toEqual(["v. 49", "v. 48", "Vila v. 49", "Vila v. 48"]);
});

test("Now: a week not held is not headed 'Jour v. 48', as the tray line says it", async () => {
  const rig = makeRig({}, MONDAY_2140);
  await rig.app.createIncident();
  renderWith(rig, <NowView />);
  const heading = await screen.findByRole("heading", { name: /v\. 48/ });
  expect(plain(heading.textContent)).toBe("v. 48 · 24–30 nov");
  expect((await rig.app.getStatus()).statusLine).toMatch(/^v\. 48 · .* · inte din jourvecka/);
  await rig.app.setOnDuty({ week: MONDAY_2140, onDuty: true });
  cleanup();
  renderWith(rig, <NowView />, "en");
  const held = await screen.findByRole("heading", { name: /v\. 48/ });
  expect(plain(held.textContent)).toBe("On call v. 48 · 24–30 Nov");
});

test("Idle question: an absence over a weekend says the days, not only '17:00–09:00'", async () => {
  const friday16 = Date.parse("2025-12-19T16:00:00+01:00");
  const rig = makeRig({}, friday16);
  await rig.app.createIncident();
  rig.clock.ms = Date.parse("2025-12-22T09:00:00+01:00");
  await rig.app.reportIdle({ idleSince: friday16 + 60 * MINUTE, backAt: rig.clock.ms });
  renderWith(rig, <IdleQuestion />);
  const question = await screen.findByRole("alertdialog");
  expect(plain(question.textContent)).toContain(
    "Ingen aktivitet fre 19 dec 17:00–mån 22 dec 09:00.",
  );
  screen.getByRole("button", { name: "Stoppa timern fre 19 dec 17:00" });
  screen.getByRole("button", { name: "Släng tiden, fortsätt från mån 22 dec 09:00" });
  cleanup();

  // Within a day, the clock alone, as before.
  await rig.app.resolveIdle({ choice: "keep" });
  rig.clock.ms += 60 * MINUTE;
  await rig.app.reportIdle({ idleSince: rig.clock.ms - 30 * MINUTE, backAt: rig.clock.ms });
  renderWith(rig, <IdleQuestion />, "en");
  await screen.findByRole("button", { name: "Stop the timer at 09:30" });
});

test("Week report: an ended week whose call was never answered asks there; Yes puts in the allowance", async () => {
  const rig = makeRig({}, MONDAY_2140); // week 48, not marked held
  await rig.app.createIncident();
  rig.clock.ms += 80 * MINUTE;
  await rig.app.stopTimer();
  rig.clock.ms = MONDAY_2140 + WEEK; // the user opens the window in week 49
  expect((await rig.app.getWeek()).askHeld).toBe(false); // Now asks about week 49 only
  renderWith(rig, <ReportView />);
  const question = await screen.findByRole("region", { name: "Är det din jourvecka?" });
  expect(plain(question.textContent)).toContain("Ett samtal kom in v. 48.");
  await screen.findByText("Taxa 1: 0,5h", { exact: false });
  await userEvent.click(within(question).getByRole("button", { name: "Ja, min jourvecka" }));
  await waitFor(() =>
    expect(plain(document.querySelector("pre.organizer-text")?.textContent)).toBe(
      "1 x Jourvecka\nTaxa 1: 0,5h\nTaxa 3: 1h",
    ),
  );
  expect(screen.queryByRole("region", { name: "Är det din jourvecka?" })).toBeNull();
});
