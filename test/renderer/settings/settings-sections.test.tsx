import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, test } from "vitest";
import { SettingsView } from "../../../renderer/settings/SettingsView";
import { acceleratorOf } from "../../../renderer/settings/shortcut-keys";
import { makeRig, renderWith } from "../render-app";

/** Issue 12.4: Settings in sections with their own navigation; the shortcut is recorded. */

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

test("Settings shows one section at a time, chosen in its own navigation", async () => {
  const rig = makeRig();
  renderWith(rig, <SettingsView />);
  const nav = await screen.findByRole("navigation", { name: "Inställningarnas delar" });
  expect(nav).toBeTruthy();
  expect(screen.getByLabelText("Språk")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Lägg till kund" })).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Kunder" }));
  expect(screen.getByRole("button", { name: "Kunder" }).getAttribute("aria-current")).toBe("true");
  await userEvent.click(screen.getByRole("button", { name: "Lägg till kund" }));
  // Remove is a real button, not a text.
  const remove = screen.getByRole("button", { name: /^Ta bort/ });
  expect(remove.className).toBe("remove");
  expect(screen.queryByLabelText("Språk")).toBeNull();
});

test("a link into Settings opens its section and focuses the field", async () => {
  const rig = makeRig();
  renderWith(rig, <SettingsView section="links" field="links.jiraProjectId" />);
  const field = await screen.findByLabelText(/projekt-id/i);
  await waitFor(() => expect(document.activeElement).toBe(field));
});

test("an error in another section's field shows that section", async () => {
  const rig = makeRig();
  renderWith(rig, <SettingsView section="links" />);
  await userEvent.type(await screen.findByLabelText(/^Jira-adress/), "ftp://x");
  await userEvent.click(screen.getByRole("button", { name: "Allmänt" }));
  expect(screen.queryByLabelText(/^Jira-adress/)).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Spara inställningarna" }));
  const jira = await screen.findByLabelText(/^Jira-adress/);
  await waitFor(() => expect(jira.getAttribute("aria-invalid")).toBe("true"));
});

test("restore defaults is a button that puts the section's defaults in the form", async () => {
  const rig = makeRig({ alertLeadMinutes: [30] });
  renderWith(rig, <SettingsView />);
  const leads = await screen.findByLabelText(/^Larm före tidsgräns/);
  expect((leads as HTMLInputElement).value).toBe("30");
  await userEvent.click(screen.getByRole("button", { name: "Återställ standardvärden" }));
  const dialog = await screen.findByRole("dialog", {
    name: "Återställa standardvärdena för Allmänt?",
  });
  await userEvent.click(within(dialog).getByRole("button", { name: "Återställ" }));
  await waitFor(() => expect((leads as HTMLInputElement).value).toBe("15"));
  await userEvent.click(screen.getByRole("button", { name: "Spara inställningarna" }));
  await waitFor(async () => expect((await rig.app.getSettings()).alertLeadMinutes).toEqual([15]));
});

test("the shortcut field records a key combination as an Electron accelerator", async () => {
  const rig = makeRig();
  renderWith(rig, <SettingsView />);
  const field = await screen.findByLabelText(/^Kortkommando/);
  await userEvent.click(field);
  await userEvent.keyboard("{Control>}{Shift>}k{/Shift}{/Control}");
  expect(field.getAttribute("data-accelerator")).toBe("CommandOrControl+Shift+K");
  // Typing a word records nothing: "banana" is no shortcut.
  await userEvent.keyboard("banana");
  expect(field.getAttribute("data-accelerator")).toBe("CommandOrControl+Shift+K");
  expect(screen.getByText(/går inte: ta med Ctrl\/Cmd eller Alt/)).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "Spara inställningarna" }));
  await waitFor(async () =>
    expect((await rig.app.getSettings()).globalShortcut).toBe("CommandOrControl+Shift+K"),
  );
});

test("the recorder names keys by position and maps Ctrl/Cmd to CommandOrControl", () => {
  const press = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
  expect(
    acceleratorOf({ ...press, key: "∆", code: "KeyJ", metaKey: true, altKey: true }, true),
  ).toBe("CommandOrControl+Alt+J");
  expect(
    acceleratorOf({ ...press, key: "j", code: "KeyJ", ctrlKey: true, altKey: true }, false),
  ).toBe("CommandOrControl+Alt+J");
  expect(acceleratorOf({ ...press, key: "F5", code: "F5", altKey: true }, false)).toBe("Alt+F5");
  expect(
    acceleratorOf({ ...press, key: "Control", code: "ControlLeft", ctrlKey: true }, false),
  ).toBeNull();
});

test("restoring the runbook gives the default steps in the window's language", async () => {
  const rig = makeRig({ language: "en" });
  await rig.app.updateSettings({ runbook: [{ id: "own", text: "Egen", link: "" }] });
  renderWith(rig, <SettingsView section="runbook" />, "en");
  await userEvent.click(await screen.findByRole("button", { name: "Restore defaults" }));
  const dialog = await screen.findByRole("dialog", {
    name: "Restore the defaults of Checklist (runbook)?",
  });
  await userEvent.click(within(dialog).getByRole("button", { name: "Restore" }));
  await screen.findByDisplayValue("Investigate in New Relic");
  expect(screen.queryByDisplayValue("Egen")).toBeNull();
});
