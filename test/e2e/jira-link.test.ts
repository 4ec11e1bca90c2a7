import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { createJourApp } from "../../shared/app/api";
import {
  MINUTE,
  MONDAY_10,
  openApp,
  screenshot,
  settingsSection,
  useBrowserSession,
} from "./harness";

/** Issue 21.7: Jira's create link keeps short timeline entries ("Löst", "ok") and those after. */

const session = useBrowserSession();

const NOTES = ["Startade om IIS", "Löst", "ok", "Kunden bekräftar att kassan fungerar"];

/** A file with the Jira settings and one incident whose timeline has short entries. */
async function fileWithShortNotes(language: "sv" | "en"): Promise<string> {
  let now = MONDAY_10;
  const app = createJourApp({
    clock: { now: () => now },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
  });
  const settings = await app.getSettings();
  await app.updateSettings({
    language,
    setupDone: true,
    links: {
      ...settings.links,
      jira: "https://agency.atlassian.net",
      jiraProjectId: "10000",
      jiraIssueTypeId: "10001",
    },
  });
  const { id } = await app.createIncident({ priority: 1, summary: "Kassan nere" });
  for (const text of NOTES) {
    now += 5 * MINUTE;
    await app.addTimelineEntry({ id, text });
  }
  await app.stopTimer();
  return app.exportData();
}

async function importFile(page: Page, json: string, sv: boolean): Promise<void> {
  await page.evaluate(() => (window.location.hash = "#/settings"));
  await settingsSection(page, "Data");
  await page.getByLabel(sv ? "Importera data (JSON)" : "Import data (JSON)").setInputFiles({
    name: "jour-data.json",
    mimeType: "application/json",
    buffer: Buffer.from(json),
  });
  await page
    .getByRole("button", {
      name: sv ? "Ersätt allt med filen" : "Replace everything with the file",
    })
    .click();
  await page.getByText(sv ? /^Ersatt med filen/ : /^Replaced with the file/).waitFor();
}

for (const language of ["sv", "en"] as const) {
  test(`the Jira link keeps every short timeline entry (${language})`, async () => {
    const sv = language === "sv";
    const { page, context, problems, opened } = await openApp(session.browser, session.server, {
      now: MONDAY_10 + 30 * MINUTE,
    });
    const file = await fileWithShortNotes(language);
    // The file is in the chosen language; the window starts in Swedish.
    await importFile(page, file, true);
    await page.evaluate(() => (window.location.hash = "#/incident/i-1"));
    const jira = page.locator('button[title^="https://agency.atlassian.net/secure/"]');
    await jira.first().waitFor();
    const url = (await jira.first().getAttribute("title")) ?? "";
    expect(url.length).toBeLessThanOrEqual(2000);
    const description = new URL(url).searchParams.get("description") ?? "";
    const timeline = description.split(sv ? "Tidslinje:\n" : "Timeline:\n")[1]?.split("\n") ?? [];
    expect(timeline.map((line) => line.replace(/^\S+ \S+ /, ""))).toEqual(NOTES);
    expect(description).not.toMatch(/till i Jour|more in Jour/);
    await page.getByText("Löst", { exact: true }).first().scrollIntoViewIfNeeded();
    await screenshot(page, `jira-link-short-notes-${language}`);
    await jira.first().click();
    await expect.poll(() => opened).toContainEqual(url);
    expect(problems).toEqual([]);
    await context.close();
  });
}
