import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { createJourApp } from "../../shared/app/api";
import { HOUR, MONDAY_10, openApp, screenshot, useBrowserSession } from "./harness";

/**
 * Issue 21 point 3 in Chromium, in Swedish and English: a week reported in the window keeps
 * what was reported; deleting an incident of it asks first, naming the week; the Week report
 * then shows "Rapporterad 6 300 kr · nu 5 700 kr (ändrad efter rapporten)" with the correction
 * to copy, and marking the correction reported signs the new figures, the old kept.
 */

const session = useBrowserSession();
const WEEK = 7 * 24 * HOUR;
/** Monday 15 December 2025, 23:00 in Stockholm: week 51, Taxa 3 (night). */
const NIGHT_51 = MONDAY_10 + 3 * WEEK + 13 * HOUR;
/** Wednesday of week 52. */
const NOW = MONDAY_10 + 4 * WEEK + 2 * 24 * HOUR;

/** Week 51 held, two incidents at night: 2 h and 1 h of Taxa 3, 4 500 + 1 800 = 6 300 kr. */
async function weekFile(language: "sv" | "en"): Promise<string> {
  let now = NIGHT_51;
  const app = createJourApp({
    clock: { now: () => now },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
  });
  await app.updateSettings({ language });
  await app.setOnDuty({ week: NIGHT_51, onDuty: true });
  const first = await app.createIncident({ summary: "Sajten nere" });
  await app.stopTimer();
  const second = await app.createIncident({ summary: "Cert gick ut" });
  await app.stopTimer();
  now = NOW;
  await app.addInterval({ incidentId: first.id, start: NIGHT_51, end: NIGHT_51 + 2 * HOUR });
  const day = NIGHT_51 + 24 * HOUR;
  await app.addInterval({ incidentId: second.id, start: day, end: day + HOUR });
  return app.exportData();
}

const words = {
  sv: {
    import: "Importera data (JSON)",
    replace: "Ersätt allt med filen",
    report: "Veckorapport",
    mark: "Markera som rapporterad",
    reported: /^Rapporterad 6\s300\skr · /,
    delete: "Ta bort incidenten",
    asks: "v. 51 är rapporterad",
    anyway: "Ta bort ändå",
    week: /^v\. 51 /,
    changed: /^Rapporterad 6\s300\skr · nu 5\s700\skr \(ändrad efter rapporten\)$/,
    hours: "Taxa 3: 3\u00a0h → 2\u00a0h",
    removed: "Borttagen: Cert gick ut (i-2)",
    copy: "Kopiera rättelsen",
    signCorrection: "Markera rättelsen som rapporterad",
    signed: /^Rapporterad 5\s700\skr · /,
    history: "Tidigare rapporter (2)",
  },
  en: {
    import: "Import data (JSON)",
    replace: "Replace everything with the file",
    report: "Week report",
    mark: "Mark as reported",
    reported: /^Reported 6\s300\skr · /,
    delete: "Delete incident",
    asks: "w. 51 is reported",
    anyway: "Delete anyway",
    week: /^w\. 51 /,
    changed: /^Reported 6\s300\skr · now 5\s700\skr \(changed after the report\)$/,
    hours: "Taxa 3: 3\u00a0h → 2\u00a0h",
    removed: "Deleted: Cert gick ut (i-2)",
    copy: "Copy the correction",
    signCorrection: "Mark the correction as reported",
    signed: /^Reported 5\s700\skr · /,
    history: "Earlier reports (2)",
  },
};

async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((to) => (window.location.hash = to), hash);
}

test.each(["sv", "en"] as const)(
  "a reported week is a record; a deleted incident shows the correction (%s)",
  async (language) => {
    const w = words[language];
    const { page, problems } = await openApp(session.browser, session.server, {
      now: NOW,
      hash: "#/settings/data",
    });
    await page.getByLabel(/^(Importera data|Import data) \(JSON\)$/).setInputFiles({
      name: "jour-data.json",
      mimeType: "application/json",
      buffer: Buffer.from(await weekFile(language)),
    });
    await page
      .getByRole("button", { name: /^(Ersätt allt med filen|Replace everything with the file)$/ })
      .click();
    await page.getByRole("link", { name: w.report }).waitFor();

    // Report week 51 (the Week report opens on it: the oldest ended week still to report).
    await openHash(page, "#/report");
    const section = page.getByRole("region", { name: w.week });
    await section.waitFor();
    await page.getByRole("button", { name: w.mark, exact: true }).click();
    await section.getByText(w.reported).waitFor();

    // Deleting an incident of the week asks first, in the window, naming the week.
    await openHash(page, "#/incident/i-2");
    await page.getByRole("button", { name: w.delete, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: w.asks });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: w.anyway }).click();
    await page.getByRole("heading", { level: 1, name: /^(Historik|History)$/ }).waitFor();

    // The Week report: reported 6 300, now 5 700, what changed, the correction to copy.
    await openHash(page, "#/report");
    await page.getByRole("checkbox", { name: w.week }).check();
    await section.getByText(w.changed).waitFor();
    await section.getByText(w.hours, { exact: true }).waitFor();
    await section.getByText(w.removed, { exact: true }).waitFor();
    expect(await section.locator("pre.organizer-text").first().innerText()).toBe(
      "Rättelse v. 51: Taxa 3: −1h",
    );
    await section.getByRole("button", { name: w.copy }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe("Rättelse v. 51: Taxa 3: −1h");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `reported-week-changed-${language}`);

    // Marking the correction reported: 5 700 is signed, 6 300 stays in the history.
    await section.getByRole("button", { name: w.signCorrection }).click();
    await section.getByText(w.signed).waitFor();
    expect(await section.getByText(w.changed).count()).toBe(0);
    await section.getByText(w.history).click();
    const history = await section.locator(".record-history").innerText();
    expect(history).toContain("1 x Jourvecka\nTaxa 3: 3h");
    expect(history).toContain("Rättelse v. 51: Taxa 3: −1h");
    await screenshot(page, `reported-week-signed-${language}`);
    expect(problems).toEqual([]);
  },
);
