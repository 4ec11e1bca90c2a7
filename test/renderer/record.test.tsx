import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { IncidentView } from "../../renderer/incident/IncidentView";
import { NowView } from "../../renderer/now/NowView";
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
  // 24-hour text fields whatever the OS locale: "9:45 PM" is not needed, "21:45" is typed.
  const noteTime = within(timeline).getByLabelText("Anteckningens tid, tid (HH:mm)");
  await userEvent.clear(noteTime);
  await userEvent.type(noteTime, "25:00");
  await userEvent.click(within(timeline).getByRole("button", { name: "Spara anteckningen" }));
  // A malformed time says what is wanted, in Swedish, not "ogiltigt värde".
  expect((await within(timeline).findByRole("alert")).textContent).toBe(
    "Tidpunkt: ange datum som ÅÅÅÅ-MM-DD och en tid som HH:mm",
  );
  await userEvent.clear(noteTime);
  await userEvent.type(noteTime, "21:45");
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
  expect(
    (within(progress).getByLabelText("Ny tid för Anmäld, datum") as HTMLInputElement).value,
  ).toBe("2025-11-24");
  const field = within(progress).getByLabelText("Ny tid för Anmäld, tid (HH:mm)");
  fireEvent.change(field, { target: { value: "23:00" } });
  await userEvent.click(within(progress).getByRole("button", { name: "Spara tiden" }));
  const alert = await within(progress).findByRole("alert");
  expect(alert.textContent).toBe("Anmäld: ligger i framtiden");
  expect((await rig.app.getIncident({ id })).reportedAt).toBe(MONDAY_2140);

  fireEvent.change(field, { target: { value: "kl 21" } });
  await userEvent.click(within(progress).getByRole("button", { name: "Spara tiden" }));
  await waitFor(() =>
    expect(within(progress).getByRole("alert").textContent).toBe(
      "Anmäld: ange datum som ÅÅÅÅ-MM-DD och en tid som HH:mm",
    ),
  );
  fireEvent.change(field, { target: { value: "21:30" } });
  await userEvent.click(within(progress).getByRole("button", { name: "Spara tiden" }));
  await waitFor(async () =>
    expect((await rig.app.getIncident({ id })).reportedAt).toBe(MONDAY_2140 - 10 * MINUTE),
  );
  // The deadline follows: P1 answers by 22:30 now.
  await waitFor(async () =>
    expect((await rig.app.getIncident({ id })).responseDeadline).toBe(MONDAY_2140 + 50 * MINUTE),
  );
});

test("a past call is logged with a typed 24-hour time ('9:05' is 09:05), whatever the OS locale", async () => {
  const rig = makeRig();
  renderWith(rig, <NowView />);
  await userEvent.click(await screen.findByRole("button", { name: "Logga ett tidigare samtal" }));
  const form = screen.getByRole("form", { name: "Logga ett tidigare samtal" });
  const date = within(form).getByLabelText("Samtalet kom, datum") as HTMLInputElement;
  expect(date.value).toBe("2025-11-24");
  const time = within(form).getByLabelText("Samtalet kom, tid (HH:mm)");
  await userEvent.clear(time);
  await userEvent.type(time, "9:05");
  await userEvent.click(within(form).getByRole("button", { name: "Logga samtalet" }));
  await waitFor(async () =>
    expect((await rig.app.listIncidents({})).map((i) => i.reportedAt)).toEqual([
      Date.UTC(2025, 10, 24, 8, 5),
    ]),
  );
});

test("the incident's form is named by its reported time, not a bare '{when}'", async () => {
  const rig = makeRig();
  const { id } = await rig.app.createIncident();
  renderWith(rig, <IncidentView id={id} />);
  expect(await screen.findByRole("form", { name: "Incident mån 24 nov 21:40" })).toBeTruthy();
});
