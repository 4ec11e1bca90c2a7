import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import type { WeekRef } from "../../../shared/app/reports/report-views";
import { IncidentView } from "../../../renderer/incident/IncidentView";
import { MINUTE, MONDAY_2140, makeRig, renderWith } from "../render-app";

/**
 * Deleting or editing work of a reported week asks first (issue #21). Until the weeks are
 * listed the window cannot know which are reported: a quick click must not skip the question,
 * so Delete and Save wait for the list.
 */

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

async function reportedIncident() {
  const rig = makeRig();
  const incident = await rig.app.createIncident({ summary: "Sajten nere" });
  await rig.app.stopTimer();
  await rig.app.addInterval({
    incidentId: incident.id,
    start: MONDAY_2140 - 60 * MINUTE,
    end: MONDAY_2140 - 30 * MINUTE,
  });
  await rig.app.markWeeksReported({ weeks: [MONDAY_2140], reported: true, confirmRunning: true });
  // The window's lists of weeks (each view asks) answer only once the test says so.
  const waiting: (() => void)[] = [];
  let answered = false;
  const listWeeks = rig.api.listWeeks;
  rig.api = {
    ...rig.api,
    listWeeks: () =>
      new Promise<WeekRef[]>((resolve) => {
        const reply = () => void listWeeks().then(resolve);
        if (answered) reply();
        else waiting.push(reply);
      }),
  };
  const answer = () => {
    answered = true;
    for (const reply of waiting.splice(0)) reply();
  };
  return { rig, incident, answer };
}

test("until the weeks are listed, deleting an interval or the incident waits (disabled)", async () => {
  const { rig, incident, answer } = await reportedIncident();
  renderWith(rig, <IncidentView id={incident.id} />);
  const interval = within(await screen.findByRole("form", { name: "Arbetad tid 1" }));
  const deleteInterval = interval.getByRole("button", { name: "Ta bort intervall" });
  const saveInterval = interval.getByRole("button", { name: "Spara intervall" });
  const deleteIncident = screen.getByRole("button", { name: "Ta bort incidenten" });
  expect(deleteInterval).toHaveProperty("disabled", true);
  expect(saveInterval).toHaveProperty("disabled", true);
  expect(deleteIncident).toHaveProperty("disabled", true);
  await userEvent.click(deleteInterval);
  expect((await rig.app.getIncident({ id: incident.id })).work).toHaveLength(1);

  answer();
  await waitFor(() => expect(deleteInterval).toHaveProperty("disabled", false));
  expect(saveInterval).toHaveProperty("disabled", false);
  expect(deleteIncident).toHaveProperty("disabled", false);
  await userEvent.click(deleteInterval);
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText(/^v\. 48 .*är rapporterad$/)).toBeTruthy();
  expect((await rig.app.getIncident({ id: incident.id })).work).toHaveLength(1);
});
