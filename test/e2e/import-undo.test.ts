import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { createJourApp } from "../../shared/app/api";
import {
  HOUR,
  MINUTE,
  MONDAY_2140,
  advanceClock,
  openApp,
  screenshot,
  useBrowserSession,
  settingsSection,
} from "./harness";

const session = useBrowserSession();

/** Another installation's export: one incident, a reported week, a customer. */
async function otherFile(): Promise<string> {
  let now = MONDAY_2140 - 7 * 24 * HOUR;
  const app = createJourApp({
    clock: { now: () => now },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
  });
  await app.updateSettings({
    customers: [
      {
        id: "c-9",
        name: "Globex",
        siteUrl: "https://globex.example",
        newRelicUrl: "",
        elmahUrl: "",
      },
    ],
  });
  for (let i = 0; i < 60; i++) await app.createIncident(); // ids beyond ours
  for (const incident of await app.listIncidents()) {
    if (incident.id !== "i-60") await app.deleteIncident({ id: incident.id });
  }
  await app.updateIncident({ id: "i-60", summary: "Från filen", customerId: "c-9" });
  now += 30 * MINUTE;
  await app.stopTimer();
  await app.markWeeksReported({ weeks: [now], reported: true, confirmRunning: true });
  return app.exportData();
}

async function chooseFile(page: Page, label: string, json: string): Promise<void> {
  await page.getByLabel(label).setInputFiles({
    name: "jour-data.json",
    mimeType: "application/json",
    buffer: Buffer.from(json),
  });
}

async function historySummaries(page: Page): Promise<string> {
  await page.getByRole("link", { name: /^(Historik|History)$/ }).click();
  await page.locator("main table").first().waitFor();
  return page.locator("main table").first().innerText();
}

test("an import asks first, keeps what was here, and Restore undoes it (sv and en)", async () => {
  const { page, problems } = await openApp(session.browser, session.server, { now: MONDAY_2140 });
  const file = await otherFile();

  // Ours: two incidents, the summary typed and saved as typed (no save button).
  for (const summary of ["Vår första", "Vår andra"]) {
    await page.getByRole("link", { name: "Nu" }).click();
    await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
    await page.getByLabel("Sammanfattning").fill(summary);
    await page.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await advanceClock(page, 10 * MINUTE);
  }

  // The file is chosen: nothing happens until the user says what.
  await page.getByRole("link", { name: "Inställningar" }).click();
  await settingsSection(page, "Data");
  await chooseFile(page, "Importera data (JSON)", file);
  const dialog = page.getByRole("dialog", { name: "Importera jour-data.json?" });
  await dialog.waitFor();
  const rows = await dialog.locator("tbody tr").allInnerTexts();
  expect(rows.map((row) => row.replace(/\s+/g, " ").trim())).toEqual([
    "Incidenter 1 2",
    "Jourveckor 0 0",
    "Rapporterade veckor 1 0",
    "Kunder 1 0",
  ]);
  await expect
    .poll(() => dialog.innerText())
    .toContain("2 incidenter försvinner härifrån (finns inte i filen).");
  await screenshot(page, "import-dialog-sv");
  await dialog.getByRole("button", { name: "Ersätt allt med filen" }).click();
  await page.getByText(/^Ersatt med filen: 1 incident\..*sparades som kopia/).waitFor();
  let history = await historySummaries(page);
  expect(history).toContain("Från filen");
  expect(history).not.toContain("Vår första");

  // Undo: the copy kept before the import is restored (asking first).
  await page.getByRole("link", { name: "Inställningar" }).click();
  await settingsSection(page, "Data");
  await page.getByRole("button", { name: /^Återställ kopian Före import / }).click();
  const confirm = page.getByRole("dialog", { name: "Återställa kopian?" });
  await screenshot(page, "restore-dialog-sv");
  await confirm.getByRole("button", { name: "Återställ" }).click();
  await page.getByText(/^Återställt: 2 incidenter\./).waitFor();
  history = await historySummaries(page);
  expect(history).toContain("Vår första");
  expect(history).toContain("Vår andra");
  expect(history).not.toContain("Från filen");
  // The restore kept what it replaced too.
  await page.getByRole("link", { name: "Inställningar" }).click();
  await settingsSection(page, "Data");
  await page.getByRole("button", { name: /^Återställ kopian Före återställning / }).waitFor();

  // English; this time add the file's incident beside ours.
  await settingsSection(page, "Allmänt");
  await page.getByLabel("Språk").selectOption("en");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await settingsSection(page, "Data");
  await chooseFile(page, "Import data (JSON)", file);
  const english = page.getByRole("dialog", { name: "Import jour-data.json?" });
  await english.waitFor();
  await screenshot(page, "import-dialog-en");
  await english.getByRole("button", { name: "Add the 1 incident not already here" }).click();
  await page.getByText(/^Added 1 incident\./).waitFor();
  history = await historySummaries(page);
  for (const summary of ["Vår första", "Vår andra", "Från filen"])
    expect(history).toContain(summary);
  expect(history).toContain("Globex");
  expect(problems).toEqual([]);
});

test("a kept copy moves to the trash only when asked, and the list says where it went", async () => {
  const { page, problems } = await openApp(session.browser, session.server, { now: MONDAY_2140 });
  await page.getByRole("link", { name: "Inställningar" }).click();
  await settingsSection(page, "Data");
  await chooseFile(page, "Importera data (JSON)", await otherFile());
  await page.getByRole("button", { name: "Ersätt allt med filen" }).click();
  await page.getByText(/^Ersatt med filen: 1 incident\./).waitFor();
  // The fields reloaded from the file's settings are not an edit to save back: the form's
  // save status stays empty (no "Ändrat, sparas strax…", no "Sparat" after a needless save).
  const seen = new Set<string>();
  for (let i = 0; i < 20; i++) {
    seen.add(await page.locator("form.settings span.autosave").innerText());
    await page.waitForTimeout(50);
  }
  expect([...seen]).toEqual([""]);

  const trashButton = page.getByRole("button", {
    name: /^Flytta kopian Före import .* till papperskorgen$/,
  });
  // Cancel leaves it listed.
  await trashButton.click();
  const confirm = page.getByRole("dialog", { name: "Flytta kopian till papperskorgen?" });
  await expect.poll(() => confirm.innerText()).toContain("lägga tillbaka den");
  await screenshot(page, "trash-copy-dialog-sv");
  await confirm.getByRole("button", { name: "Avbryt" }).click();
  await expect.poll(() => trashButton.count()).toBe(1);

  await trashButton.click();
  await confirm.getByRole("button", { name: "Flytta till papperskorgen" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Före import .* ligger nu i papperskorgen\.$/ })
    .waitFor();
  await expect.poll(() => trashButton.count()).toBe(0);
  await page.getByText("Inga kopior än").waitFor();
  // The preview's trash still holds the copy, whole.
  const inTrash = await page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.includes(".trashed-copy.before-import-")),
  );
  expect(inTrash).toHaveLength(1);
  expect(problems).toEqual([]);
});

for (const language of ["sv", "en"] as const) {
  test(`importing the app's own export loses nothing; kept copies are told apart (${language})`, async () => {
    const sv = language === "sv";
    const { page, context, problems } = await openApp(session.browser, session.server, {
      now: MONDAY_2140,
    });
    if (!sv) {
      await page.getByRole("link", { name: "Inställningar" }).click();
      await page.getByLabel("Språk").selectOption("en");
      await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    }
    // Three incidents here, then the app's own export.
    for (const summary of ["Första", "Andra", "Tredje"]) {
      await page.getByRole("link", { name: sv ? "Nu" : "Now" }).click();
      await page
        .getByRole("button", {
          name: sv ? "Starta incident (samtal mottaget)" : "Start incident (call received)",
        })
        .click();
      await page.getByLabel(sv ? "Sammanfattning" : "Summary").fill(summary);
      await page
        .getByRole("status")
        .filter({ hasText: sv ? "Sparat." : "Saved." })
        .waitFor();
      await advanceClock(page, 10 * MINUTE);
    }
    await page.getByRole("link", { name: sv ? "Inställningar" : "Settings" }).click();
    await settingsSection(page, "Data");
    const download = page.waitForEvent("download");
    await page
      .getByRole("button", { name: sv ? "Exportera all data (JSON)" : "Export all data (JSON)" })
      .click();
    const json = await readFile(await (await download).path(), "utf8");
    const replace = sv ? "Ersätt allt med filen" : "Replace everything with the file";
    for (let i = 0; i < 2; i++) {
      await chooseFile(page, sv ? "Importera data (JSON)" : "Import data (JSON)", json);
      const dialog = page.getByRole("dialog", {
        name: sv ? "Importera jour-data.json?" : "Import jour-data.json?",
      });
      await dialog.waitFor();
      const text = await dialog.innerText();
      expect(text).toContain(
        sv
          ? "Inga incidenter försvinner: alla som finns här finns likadana i filen."
          : "No incidents are lost: every one here is in the file as it is.",
      );
      expect(text).not.toMatch(/försvinner härifrån|will be gone/);
      if (i === 0) await screenshot(page, `import-own-export-${language}`);
      await dialog.getByRole("button", { name: replace }).click();
      await page
        .getByText(
          sv ? /^Ersatt med filen: 3 incidenter\./ : /^Replaced with the file: 3 incidents\./,
        )
        .waitFor();
    }
    // Both imports in the same second: two copies, named apart, each saying what it holds.
    const items = page.locator(".copies-list li");
    await expect.poll(() => items.count()).toBe(2);
    const names = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
    const when = sv ? "Före import mån 24 nov 22:10:00" : "Before import Mon 24 Nov 22:10:00";
    const holds = sv
      ? "3 incidenter · 0 jourveckor · senaste incident 24 nov 2025"
      : "3 incidents · 0 on-call weeks · latest incident 24 Nov 2025";
    expect(names[0]).toContain(`${when} (2) ${holds}`);
    expect(names[1]).toContain(`${when} ${holds}`);
    expect(names[1]).not.toContain("(2)");
    await page.locator(".copies-list").scrollIntoViewIfNeeded();
    await screenshot(page, `kept-copies-${language}`);
    expect(problems).toEqual([]);
    await context.close();
  });
}
