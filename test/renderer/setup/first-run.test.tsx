import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { Runbook } from "../../../renderer/incident/Runbook";
import { NowView } from "../../../renderer/now/NowView";
import { SetupView } from "../../../renderer/setup/SetupView";
import { makeRig, renderWith } from "../render-app";

/** Issue 12.5: the first run, and hints that lead to the setting. */

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

test("the setup walks the links and the first customers, and is done once", async () => {
  const rig = makeRig();
  renderWith(rig, <SetupView />);
  await screen.findByRole("heading", { name: /^Steg 1 av 5/ });
  await userEvent.type(
    screen.getByLabelText("Vidarekopplingsportal (Telenor)"),
    "https://portal.telenor.se",
  );
  await userEvent.click(screen.getByRole("button", { name: "Nästa" }));
  await screen.findByRole("heading", { name: /^Steg 2 av 5/ });
  await userEvent.click(screen.getByRole("button", { name: "Nästa" }));
  await screen.findByRole("heading", { name: /^Steg 3 av 5/ });
  await userEvent.type(screen.getByLabelText("Jira-adress"), "ftp://jira");
  await userEvent.click(screen.getByRole("button", { name: "Nästa" }));
  // A bad address is refused in place, with the field marked.
  await waitFor(() =>
    expect(screen.getByLabelText("Jira-adress").getAttribute("aria-invalid")).toBe("true"),
  );
  // …and says why in Swedish words, not a bare "ogiltigt värde".
  expect(screen.getByText("ange en http(s)-adress eller lämna tomt")).toBeTruthy();
  await userEvent.clear(screen.getByLabelText("Jira-adress"));
  await userEvent.type(screen.getByLabelText("Jira-adress"), "https://jira.example");
  await userEvent.type(screen.getByLabelText("Jira projekt-id"), "abc");
  await userEvent.click(screen.getByRole("button", { name: "Nästa" }));
  await screen.findByText("ange bara siffror (Jiras id)");
  await userEvent.clear(screen.getByLabelText("Jira projekt-id"));
  await userEvent.type(screen.getByLabelText("Jira projekt-id"), "10000");
  await userEvent.click(screen.getByRole("button", { name: "Nästa" }));
  await screen.findByRole("heading", { name: /^Steg 4 av 5/ });
  await userEvent.click(screen.getByRole("button", { name: "Nästa" }));
  await screen.findByRole("heading", { name: /^Steg 5 av 5/ });
  await userEvent.type(screen.getByLabelText("Kund 1: Namn"), "Acme AB");
  await userEvent.click(screen.getByRole("button", { name: "Klar" }));
  await waitFor(() => expect(window.location.hash).toBe("#/now"));
  const settings = await rig.app.getSettings();
  expect(settings.links.callForwardingPortal).toBe("https://portal.telenor.se");
  expect(settings.links.jiraProjectId).toBe("10000");
  expect(settings.customers.map((c) => c.name)).toEqual(["Acme AB"]);
  expect(settings.setupDone).toBe(true);
}, 20_000);

test("Now offers the setup until it is skipped", async () => {
  const rig = makeRig();
  renderWith(rig, <NowView />);
  await screen.findByRole("heading", { name: "Kom igång med Jour" });
  await userEvent.click(screen.getByRole("button", { name: "Hoppa över" }));
  await waitFor(() =>
    expect(screen.queryByRole("heading", { name: "Kom igång med Jour" })).toBeNull(),
  );
  expect((await rig.app.getSettings()).setupDone).toBe(true);
});

test("a Saknas hint names exactly what is missing and links to that field", async () => {
  const rig = makeRig();
  const settings = await rig.app.getSettings();
  await rig.app.updateSettings({
    links: { ...settings.links, jira: "https://jira.example", jiraIssueTypeId: "10001" },
  });
  const { id } = await rig.app.createIncident();
  renderWith(rig, <Runbook incidentId={id} />);
  const link = await screen.findByRole("link", { name: "Jira projekt-id" });
  expect(link.getAttribute("href")).toBe("#/settings/links/links.jiraProjectId");
  expect(link.closest(".missing-link")?.textContent).toBe("Saknas: Jira projekt-id");
});
