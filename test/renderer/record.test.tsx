import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { IncidentView } from "../../renderer/views/IncidentView";
import { MINUTE, MONDAY_2140, makeRig, renderWith } from "./render-app";

/** Issue 12.3 in the window: the timeline and corrected times. */

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

test("a note is stamped now, its text and time edited, then deleted", async () => {
  const rig = makeRig();
  const { id } = await rig.app.createIncident();
  rig.clock.ms += 10 * MINUTE;
  renderWith(rig, <IncidentView id={id} />);
  const timeline = await screen.findByRole("region", { name: "Tidslinje" });
  await userEvent.type(within(timeline).getByLabelText(/^Ny anteckning/), "Kunden ringde igen");
  await userEvent.click(within(timeline).getByRole("button", { name: "Lägg till anteckning" }));
  await within(timeline).findByText("Kunden ringde igen");
  expect((await rig.app.getIncident({ id })).timeline[0]?.at).toBe(MONDAY_2140 + 10 * MINUTE);

  await userEvent.click(within(timeline).getByRole("button", { name: /^Ändra anteckningen/ }));
  const text = within(timeline).getByLabelText("Text");
  await userEvent.clear(text);
  await userEvent.type(text, "Omstart av IIS");
  fireEvent.change(within(timeline).getByLabelText("Tid"), {
    target: { value: "2025-11-24T21:45" },
  });
  await userEvent.click(within(timeline).getByRole("button", { name: "Spara anteckningen" }));
  await within(timeline).findByText("Omstart av IIS");
  expect((await rig.app.getIncident({ id })).timeline[0]).toMatchObject({
    text: "Omstart av IIS",
    at: MONDAY_2140 + 5 * MINUTE,
  });

  await userEvent.click(within(timeline).getByRole("button", { name: /^Ändra anteckningen/ }));
  await userEvent.click(within(timeline).getByRole("button", { name: "Ta bort anteckningen" }));
  await waitFor(() => expect(within(timeline).queryByText("Omstart av IIS")).toBeNull());
  expect((await rig.app.getIncident({ id })).timeline).toEqual([]);
});

test("the reported time is corrected in place; a time in the future is refused and named", async () => {
  const rig = makeRig();
  const { id } = await rig.app.createIncident({ priority: 1 });
  rig.clock.ms += 30 * MINUTE;
  renderWith(rig, <IncidentView id={id} />);
  const progress = await screen.findByRole("region", { name: "Förlopp" });
  await userEvent.click(within(progress).getByRole("button", { name: "Ändra tid: Anmäld" }));
  const field = within(progress).getByLabelText("Ny tid för Anmäld");
  fireEvent.change(field, { target: { value: "2025-11-24T23:00" } });
  await userEvent.click(within(progress).getByRole("button", { name: "Spara tiden" }));
  const alert = await within(progress).findByRole("alert");
  expect(alert.textContent).toBe("Anmäld: ligger i framtiden");
  expect((await rig.app.getIncident({ id })).reportedAt).toBe(MONDAY_2140);

  fireEvent.change(field, { target: { value: "2025-11-24T21:30" } });
  await userEvent.click(within(progress).getByRole("button", { name: "Spara tiden" }));
  await waitFor(async () =>
    expect((await rig.app.getIncident({ id })).reportedAt).toBe(MONDAY_2140 - 10 * MINUTE),
  );
  // The deadline follows: P1 answers by 22:30 now.
  await waitFor(async () =>
    expect((await rig.app.getIncident({ id })).responseDeadline).toBe(MONDAY_2140 + 50 * MINUTE),
  );
});
