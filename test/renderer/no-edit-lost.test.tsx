import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { IncidentView } from "../../renderer/incident/IncidentView";
import { SettingsView } from "../../renderer/settings/SettingsView";
import { makeRig, renderWith } from "./render-app";

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

const acme = {
  id: "acme",
  name: "Acme AB",
  siteUrl: "https://acme.example",
  newRelicUrl: "",
  elmahUrl: "https://acme.example/elmah.axd",
};
const globex = { ...acme, id: "globex", name: "Globex", elmahUrl: "https://globex.example/elmah" };

test("Incident: what is typed is saved after a pause, shown as Sparat, without pressing save", async () => {
  const rig = makeRig();
  const incident = await rig.app.createIncident();
  renderWith(rig, <IncidentView id={incident.id} />);
  const summary = await screen.findByLabelText("Sammanfattning");
  await userEvent.type(summary, "Sajten är nere");
  await screen.findByText("Ändrat, sparas strax…");
  await waitFor(async () =>
    expect((await rig.app.getIncident({ id: incident.id })).summary).toBe("Sajten är nere"),
  );
  expect(await screen.findByText("Sparat.")).toBeTruthy();
});

test("Incident: leaving the view right after typing still saves the edit", async () => {
  const rig = makeRig();
  const incident = await rig.app.createIncident();
  const view = renderWith(rig, <IncidentView id={incident.id} />);
  fireEvent.change(await screen.findByLabelText("Sammanfattning"), {
    target: { value: "Kassan nere" },
  });
  // A note written in the timeline but not added yet.
  fireEvent.change(screen.getByLabelText("Ny anteckning (tidsstämplas nu)"), {
    target: { value: "ringde kl 21" },
  });
  view.unmount(); // before the debounce, and without pressing Add
  await waitFor(async () => {
    const saved = await rig.app.getIncident({ id: incident.id });
    expect(saved.summary).toBe("Kassan nere");
    expect(saved.timeline.map((e) => e.text)).toEqual(["ringde kl 21"]);
  });
});

test("Incident: a half-typed Jira key is marked on its field while the rest still saves", async () => {
  const rig = makeRig();
  const incident = await rig.app.createIncident();
  renderWith(rig, <IncidentView id={incident.id} />);
  fireEvent.change(await screen.findByLabelText("Sammanfattning"), { target: { value: "Nere" } });
  fireEvent.change(screen.getByLabelText("Jira-nyckel"), { target: { value: "WEB-" } });
  await waitFor(() =>
    expect(screen.getByLabelText("Jira-nyckel").getAttribute("aria-invalid")).toBe("true"),
  );
  expect((await rig.app.getIncident({ id: incident.id })).summary).toBe("Nere");
  expect(screen.getByText("Inte sparat: rätta fältet som är markerat.")).toBeTruthy();
});

test("Incident: the quick links follow the customer on screen before it is saved", async () => {
  const rig = makeRig({ customers: [acme, globex] });
  const incident = await rig.app.createIncident({ customerId: "acme" });
  renderWith(rig, <IncidentView id={incident.id} />);
  const elmahLink = async (url: string) =>
    waitFor(() => {
      const links = screen.getAllByRole("button").map((b) => b.getAttribute("title"));
      expect(links).toContain(url);
    });
  await elmahLink(acme.elmahUrl);
  fireEvent.change(screen.getByLabelText("Kund"), { target: { value: "globex" } });
  // At once, not after the save.
  await elmahLink(globex.elmahUrl);
  expect((await rig.app.getIncident({ id: incident.id })).customerId).toBe("acme");
});

test("Settings: saved as the user types; removing a customer asks in a dialog and says how many incidents used it", async () => {
  const rig = makeRig({ customers: [acme] });
  await rig.app.createIncident({ customerId: "acme" });
  await rig.app.createIncident({ customerId: "acme" });
  renderWith(rig, <SettingsView section="customers" />);
  const name = await screen.findByLabelText("Kund 1: Namn");
  fireEvent.change(name, { target: { value: "Acme Group" } });
  await waitFor(async () =>
    expect((await rig.app.getSettings()).customers[0]?.name).toBe("Acme Group"),
  );

  await userEvent.click(screen.getByRole("button", { name: "Ta bort kunden Acme Group" }));
  const dialog = await screen.findByRole("dialog", { name: "Ta bort kunden Acme Group?" });
  expect(dialog.textContent).toContain("2 incidenter har den här kunden");
  // Focus is in the dialog; Escape cancels and nothing is removed.
  expect(dialog.contains(document.activeElement)).toBe(true);
  await userEvent.keyboard("{Escape}");
  expect(screen.queryByRole("dialog")).toBeNull();
  expect((await rig.app.getSettings()).customers).toHaveLength(1);

  await userEvent.click(screen.getByRole("button", { name: "Ta bort kunden Acme Group" }));
  const again = await screen.findByRole("dialog");
  await userEvent.click(within(again).getByRole("button", { name: "Ta bort kunden" }));
  await waitFor(async () => expect((await rig.app.getSettings()).customers).toHaveLength(0));
  // History stays history: the incidents keep the name they had when chosen.
  const [first] = await rig.app.listIncidents();
  expect(first?.customerName).toBe("Acme AB");
});

test("Settings: a bad link is marked on its field in English, and nothing is saved", async () => {
  const rig = makeRig({ language: "en" });
  renderWith(rig, <SettingsView section="links" />, "en");
  const jira = await screen.findByLabelText("Jira address");
  fireEvent.change(jira, { target: { value: "https://good.se@evil.example/" } });
  await waitFor(() => expect(jira.getAttribute("aria-invalid")).toBe("true"));
  const beside = document.getElementById(jira.getAttribute("aria-describedby") ?? "");
  expect(beside?.textContent).toBe("a link must not contain a user name or password");
  expect((await rig.app.getSettings()).links.jira).toBe("");
  await act(async () => undefined);
});

test("Settings: Restore defaults asks first, and the restore can be undone", async () => {
  const rig = makeRig();
  const current = await rig.app.getSettings();
  await rig.app.updateSettings({
    links: { ...current.links, jira: "https://agency.atlassian.net", jiraProjectId: "10001" },
  });
  renderWith(rig, <SettingsView section="links" />);
  await screen.findByLabelText("Jira-adress");
  // Asked first; Escape changes nothing.
  await userEvent.click(screen.getByRole("button", { name: "Återställ standardvärden" }));
  await screen.findByRole("dialog", { name: "Återställa standardvärdena för Länkar?" });
  await userEvent.keyboard("{Escape}");
  expect((await rig.app.getSettings()).links.jira).toBe("https://agency.atlassian.net");

  await userEvent.click(screen.getByRole("button", { name: "Återställ standardvärden" }));
  const dialog = await screen.findByRole("dialog");
  await userEvent.click(within(dialog).getByRole("button", { name: "Återställ" }));
  await waitFor(async () => expect((await rig.app.getSettings()).links.jira).toBe(""));

  // The way back: the section's own values return and are saved.
  await userEvent.click(await screen.findByRole("button", { name: "Ångra återställningen" }));
  await waitFor(async () => {
    const links = (await rig.app.getSettings()).links;
    expect(links.jira).toBe("https://agency.atlassian.net");
    expect(links.jiraProjectId).toBe("10001");
  });
  expect(screen.getByRole("button", { name: "Återställ standardvärden" })).toBeTruthy();
});
