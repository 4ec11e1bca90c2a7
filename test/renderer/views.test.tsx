import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { LinkButton } from "../../renderer/ui/LinkButton";
import { IncidentView } from "../../renderer/incident/IncidentView";
import { NowView } from "../../renderer/now/NowView";
import { ReportView } from "../../renderer/report/ReportView";
import { SettingsView } from "../../renderer/settings/SettingsView";
import { MINUTE, makeRig, plain, renderWith } from "./render-app";

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

test("Now: the week in Swedish formats, and one click turns a call into a running incident", async () => {
  const rig = makeRig();
  await rig.app.setOnDuty({ week: rig.clock.ms, onDuty: true });
  renderWith(rig, <NowView />);
  const heading = await screen.findByRole("heading", { name: /^Jour v\. 48/ });
  expect(plain(heading.textContent)).toMatch(/^Jour v\. 48 · 24–30 nov\.?$/);
  expect(plain(screen.getByText("Jourersättning").nextSibling?.textContent)).toBe("4 500 kr");

  await userEvent.click(screen.getByRole("button", { name: "Starta incident (samtal mottaget)" }));
  await waitFor(() => expect(window.location.hash).toBe("#/incident/i-1"));
  const status = await rig.app.getStatus();
  expect(status.timer?.status).toBe("running");
});

test("Now: an alert within the lead time is announced in the alert region", async () => {
  const rig = makeRig();
  await rig.app.createIncident({ priority: 1 }); // respond by 22:40
  rig.clock.ms += 50 * MINUTE; // 10 minutes left, within the 15-minute lead
  renderWith(rig, <NowView />);
  const alerts = await screen.findByRole("alert", { name: "Larm" });
  await waitFor(() => expect(plain(alerts.textContent)).toContain("P1 svar senast 22:40"));
  expect(plain(alerts.textContent)).toContain("om 10 min");
});

test("Incident: responded is recorded, and an impossible interval is refused naming the field", async () => {
  const rig = makeRig();
  const incident = await rig.app.createIncident();
  rig.clock.ms += 20 * MINUTE;
  renderWith(rig, <IncidentView id={incident.id} />);

  await userEvent.click(await screen.findByRole("button", { name: "Besvarad" }));
  await screen.findByText(/✓ Besvarad mån 24 nov\.? 22:00/);
  expect((await rig.app.getIncident({ id: incident.id })).respondedAt).toBe(rig.clock.ms);

  await userEvent.click(screen.getByRole("button", { name: "Lägg till tid" }));
  const form = screen.getByRole("form", { name: /Arbetad tid 1/ });
  // 24-hour text fields whatever the OS locale; "9:10" is 09:10.
  const field = (name: string) => within(form).getByLabelText(name);
  expect((field("Start, datum") as HTMLInputElement).value).toBe("2025-11-24");
  fireEvent.change(field("Start, tid (HH:mm)"), { target: { value: "21:30" } });
  fireEvent.change(field("Slut, tid (HH:mm)"), { target: { value: "9:10" } });
  await userEvent.click(within(form).getByRole("button", { name: "Spara intervall" }));
  expect(plain((await within(form).findByRole("alert")).textContent)).toBe(
    "Slut: måste vara efter starten",
  );
  fireEvent.change(field("Slut, tid (HH:mm)"), { target: { value: "21:61" } });
  await userEvent.click(within(form).getByRole("button", { name: "Spara intervall" }));
  await within(form).findByText("Slut: ange datum som ÅÅÅÅ-MM-DD och en tid som HH:mm");
  fireEvent.change(field("Slut, tid (HH:mm)"), { target: { value: "21:10" } });
  await userEvent.click(within(form).getByRole("button", { name: "Spara intervall" }));
  expect(plain((await within(form).findByRole("alert")).textContent)).toBe(
    "Slut: måste vara efter starten",
  );
  expect((await rig.app.getIncident({ id: incident.id })).work).toEqual([]);
});

test("Incident: the running session is a live row of worked time, and the list adds up to the total", async () => {
  const rig = makeRig();
  const incident = await rig.app.createIncident(); // its timer starts at 21:40
  rig.clock.ms += 50 * MINUTE;
  renderWith(rig, <IncidentView id={incident.id} />);

  const work = await screen.findByRole("region", { name: "Arbetad tid" });
  await within(work).findByText("Pågår sedan 21:40");
  expect(within(work).queryByText("Ingen arbetad tid ännu.")).toBeNull();
  expect(within(work).getByLabelText("Längd").textContent).toBe("00:50:00");
  expect(within(work).getByText(/^Totalt/).textContent).toBe("Totalt 00:50:00");

  // It is live: a minute later both the row and the total have moved on.
  rig.clock.ms += MINUTE;
  await waitFor(() => expect(within(work).getByLabelText("Längd").textContent).toBe("00:51:00"), {
    timeout: 3000,
  });
  expect(within(work).getByText(/^Totalt/).textContent).toBe("Totalt 00:51:00");

  // Stopped, the session becomes an ordinary editable interval and the running row is gone.
  await userEvent.click(screen.getByRole("button", { name: "Stoppa timer" }));
  await within(work).findByRole("form", { name: "Arbetad tid 1" });
  expect(within(work).queryByText(/Pågår sedan/)).toBeNull();
  expect(within(work).getByText(/^Totalt/).textContent).toBe("Totalt 00:51:00");
});

test("Week report: Copy hands the exact organizer text to the host's copyText", async () => {
  const rig = makeRig();
  await rig.app.setOnDuty({ week: rig.clock.ms, onDuty: true });
  await rig.app.createIncident();
  rig.clock.ms += 80 * MINUTE; // 21:40–23:00: 20 min Taxa 1, 60 min Taxa 3
  await rig.app.stopTimer();
  renderWith(rig, <ReportView />);
  await userEvent.click(await screen.findByRole("button", { name: "Kopiera texten" }));
  await screen.findByText("Kopierat till urklipp.");
  expect(rig.shell.copyText).toHaveBeenCalledWith({
    text: "1 x Jourvecka\nTaxa 1: 0,5h\nTaxa 3: 1h",
  });
  const table = await screen.findByRole("table", { name: /^v\. 48/ });
  const taxa3 = within(table).getByRole("row", { name: /^Taxa 3/ });
  expect(plain(taxa3.textContent)).toBe("Taxa 31 h600 kr");
});

test("Settings: a bad field is refused with its name, in English too", async () => {
  const rig = makeRig({ language: "en" });
  renderWith(rig, <SettingsView section="rules" />, "en");
  const handover = await screen.findByLabelText("Handover time (HH:mm)");
  await userEvent.clear(handover);
  await userEvent.type(handover, "25:00");
  await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
  const alert = await screen.findByText(/^Handover time \(HH:mm\): /);
  expect(alert.textContent).toBe("Handover time (HH:mm): enter a time as HH:mm, for example 09:00");
  expect(handover.getAttribute("aria-invalid")).toBe("true");
  expect((await rig.app.getSettings()).rules.handoverTime).toBe("00:00");
});

test("A quick link goes to the host's openExternal and never navigates the window", async () => {
  const rig = makeRig();
  const before = window.location.href;
  renderWith(rig, <LinkButton url="https://one.newrelic.com/x" name="New Relic" />);
  await userEvent.click(screen.getByRole("button", { name: "Öppna New Relic" }));
  expect(rig.shell.openExternal).toHaveBeenCalledWith({ url: "https://one.newrelic.com/x" });
  expect(window.location.href).toBe(before);
});

test("importing a file saved while a timer ran says the timer came back paused", async () => {
  const source = makeRig();
  await source.app.createIncident(); // starts its timer
  const json = await source.app.exportData();

  const rig = makeRig();
  renderWith(rig, <SettingsView section="data" />, "en");
  const input = await screen.findByLabelText("Import data (JSON)");
  await userEvent.upload(input, new File([json], "jour-data.json", { type: "application/json" }));
  // It asks first, saying the timer comes back paused.
  const dialog = await screen.findByRole("dialog", { name: "Import jour-data.json?" });
  expect(dialog.textContent).toContain("it comes back paused");
  await userEvent.click(
    within(dialog).getByRole("button", { name: "Replace everything with the file" }),
  );
  expect(
    await screen.findByText(
      /Replaced with the file: 1 incident\. The timer was running .* is now paused/,
    ),
  ).toBeTruthy();
  expect((await rig.app.getStatus()).timer?.status).toBe("paused");
});
