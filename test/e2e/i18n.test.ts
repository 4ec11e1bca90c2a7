import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import {
  MINUTE,
  MONDAY_2140,
  TRAY,
  advanceClock,
  openApp,
  screenshot,
  useBrowserSession,
  settingsSection,
} from "./harness";

/** The desktop size (the tray's is TRAY, 420×640). */
const WINDOW = { width: 1000, height: 700 };
const session = useBrowserSession();

const SV_MONTH = /\b\d{1,2} (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\b/;
const EN_MONTH = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

/** The error the save bar (or a form) announces. */
async function alertText(page: Page, pattern: RegExp): Promise<string> {
  const alert = page.getByRole("alert").filter({ hasText: pattern }).first();
  await alert.waitFor();
  return (await alert.innerText()).replace(/\s+/g, " ").trim();
}

async function mainText(page: Page): Promise<string> {
  return page.locator("main").innerText();
}

/** Everything the issue saw in the wrong language, in one language at one size. */
async function walk(page: Page, language: "sv" | "en", size: string): Promise<void> {
  const sv = language === "sv";
  const words = {
    settings: sv ? "Inställningar" : "Settings",
    save: sv ? "Spara inställningarna" : "Save settings",
    allowance: sv ? "Jourersättning per vecka (kr)" : "Weekly on-call allowance (SEK)",
    handover: sv ? "Överlämningstid (HH:mm)" : "Handover time (HH:mm)",
    saved: sv ? "Inställningarna är sparade." : "Settings saved.",
  };

  // Settings: a negative amount, an empty holiday year and a year before the law, in words.
  await page.getByRole("link", { name: words.settings }).click();
  await settingsSection(page, sv ? "Regler och ersättning" : "Rules and pay");
  // The allowance changes from a week, with its own button (issue 21.4).
  const allowance = page.getByLabel(words.allowance);
  await allowance.fill("-290");
  await page
    .getByRole("button", { name: sv ? /^Spara taxorna från / : /^Save the rates from / })
    .click();
  expect(await alertText(page, /-|minst|least/)).toBe(
    sv
      ? "Jourersättning per vecka (kr): måste vara minst 0"
      : "Weekly on-call allowance (SEK): must be at least 0",
  );
  await allowance.fill("4500");
  // "9:00" is 09:00.
  await page.getByLabel(words.handover).fill("9:00");
  await page.getByRole("button", { name: words.save }).click();
  await page.getByText(words.saved).waitFor();
  // Saved as typed (no rewrite under the cursor): the core stored 09:00, as a reload shows.
  await page.getByRole("link", { name: sv ? "Nu" : "Now" }).click();
  await page.getByRole("link", { name: sv ? "Inställningar" : "Settings" }).click();
  await settingsSection(page, sv ? "Regler och ersättning" : "Rules and pay");
  await expect.poll(() => page.getByLabel(words.handover).inputValue()).toBe("09:00");
  await page.getByLabel(words.handover).fill("15:00");
  await page.getByRole("button", { name: words.save }).click();
  await page.getByText(words.saved).waitFor();

  await settingsSection(page, sv ? "Helgdagar" : "Holidays");
  const year = page.getByLabel(sv ? "År" : "Year", { exact: true });
  await year.fill("1999");
  expect(await alertText(page, /2005/)).toBe(
    sv ? "År: nuvarande lag gäller från 2005" : "Year: the current law holds from 2005",
  );
  await year.fill("");
  expect(await alertText(page, /tal|number/)).toBe(
    sv ? "År: ange ett tal" : "Year: enter a number",
  );
  await year.fill("2026");
  await settingsSection(page, "Data");

  await page
    .getByLabel(sv ? "Importera data (JSON)" : "Import data (JSON)")
    .setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{oops") });
  expect(await alertText(page, /JSON/)).toBe(
    sv ? "Importfil: inte en JSON-fil" : "Import file: not a JSON file",
  );
  await screenshot(page, `i18n-settings-${size}-${language}`);

  // Incident: the interval editor's 24-hour fields, and a future end refused in words.
  await page.getByRole("link", { name: sv ? "Nu" : "Now" }).click();
  const main = await mainText(page);
  expect(main).not.toMatch(sv ? EN_MONTH : SV_MONTH);
  await page.getByRole("navigation").getByRole("link", { name: "Incident", exact: true }).click();
  await page.getByRole("button", { name: sv ? "Lägg till tid" : "Add time" }).click();
  const form = page.getByRole("form", { name: sv ? /^Arbetad tid/ : /^Worked time/ });
  const end = sv ? "Slut" : "End";
  const clock = (label: string) =>
    form.getByLabel(`${label}, ${sv ? "tid (HH:mm)" : "time (HH:mm)"}`);
  await clock(end).fill("23:59");
  await screenshot(page, `i18n-incident-${size}-${language}`);
  await form.getByRole("button", { name: sv ? "Spara intervall" : "Save interval" }).click();
  expect(await alertText(page, /framtiden|future/)).toBe(
    sv ? "Slut: ligger i framtiden" : "End: is in the future",
  );
  // A typed 9:5 is no time: refused with the field named, in words.
  await clock(end).fill("9:5");
  await form.getByRole("button", { name: sv ? "Spara intervall" : "Save interval" }).click();
  expect(await alertText(page, /HH:mm/)).toBe(
    sv
      ? "Slut: ange datum som ÅÅÅÅ-MM-DD och en tid som HH:mm"
      : "End: enter a date as YYYY-MM-DD and a time as HH:mm",
  );
  // "21:5" left as typed is not a time, but "2150" becomes 21:50 when the field is left.
  await clock(end).fill("2150");
  await clock(end).blur();
  await expect.poll(() => clock(end).inputValue()).toBe("21:50");
  await form.getByRole("button", { name: sv ? "Spara intervall" : "Save interval" }).click();
  // Saved: the add form is gone (its button is back) and the interval is listed.
  await page.getByRole("button", { name: sv ? "Lägg till tid" : "Add time" }).waitFor();
  const incident = await mainText(page);
  expect(incident).not.toMatch(sv ? EN_MONTH : SV_MONTH);
  expect(incident).toMatch(sv ? /mån 24 nov 21:40/ : /Mon 24 Nov 21:40/);

  // Counts by the language's plural rules.
  await page.getByRole("link", { name: sv ? "Veckorapport" : "Week report" }).click();
  await page
    .getByText(sv ? /· 1 incident$/ : /· 1 incident$/)
    .first()
    .waitFor();
}

test.each(["sv", "en"] as const)(
  "the window speaks %s only: errors, dates, counts, time fields (1000×700 and 420×640)",
  async (language) => {
    for (const [size, viewport] of [
      ["window", WINDOW],
      ["tray", TRAY],
    ] as const) {
      const { page, context, problems } = await openApp(session.browser, session.server, {
        now: MONDAY_2140,
        viewport,
      });
      if (language === "en") {
        await page.getByRole("link", { name: "Inställningar" }).click();
        await page.getByLabel("Språk").selectOption("en");
        await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
      }
      await page.getByRole("link", { name: language === "sv" ? "Nu" : "Now" }).click();
      await page
        .getByRole("button", {
          name:
            language === "sv"
              ? "Starta incident (samtal mottaget)"
              : "Start incident (call received)",
        })
        .click();
      await advanceClock(page, 20 * MINUTE);
      await walk(page, language, size);
      expect(problems).toEqual([]);
      await context.close();
    }
  },
  150_000,
);

test("the incidents CSV is for Swedish Excel and follows the History's filters", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_2140,
    viewport: WINDOW,
  });
  for (const [priority, summary] of [
    [/^P1/, "Kassan; nere"],
    [/^P3/, "Stavfel"],
  ] as const) {
    await page.getByRole("link", { name: "Nu" }).click();
    await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
    await page.getByRole("radio", { name: priority }).check();
    await page.getByLabel("Sammanfattning").fill(summary);
    await page.getByRole("button", { name: "Spara incidenten" }).click();
    await page.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await advanceClock(page, 10 * MINUTE);
  }
  await page.getByRole("link", { name: "Historik" }).click();
  // The History filter (a select), not the incident page's "Prioritet" step still on screen.
  await page.getByRole("combobox", { name: "Prioritet" }).selectOption("1");
  await expect.poll(() => page.locator("main tbody tr").count()).toBe(1);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exportera incidenter (CSV)" }).click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
  const lines = bytes
    .toString("utf8")
    .replace(/^\ufeff/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toMatch(/^Id;Anmäld;Prioritet;Kund;Sammanfattning;/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/;2025-11-24 21:40;P1;;"Kassan; nere";/);
  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

test("dark and light follow the OS, at both sizes", async () => {
  for (const colorScheme of ["dark", "light"] as const) {
    for (const [size, viewport] of [
      ["window", WINDOW],
      ["tray", TRAY],
    ] as const) {
      const { page, context, problems } = await openApp(session.browser, session.server, {
        now: MONDAY_2140,
        viewport,
      });
      await page.emulateMedia({ colorScheme });
      await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
      await page.getByLabel("Sammanfattning").fill("Kassan ger fel 500");
      await advanceClock(page, 30 * MINUTE);
      await page.getByRole("button", { name: "Lägg till tid" }).click();
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const root = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      // The page's own background: dark in dark mode, light in light mode.
      const [r = 0, g = 0, b = 0] = (root.match(/\d+/g) ?? []).map(Number);
      const light = (r + g + b) / 3 > 128;
      expect(light, `${colorScheme} ${root} ${background}`).toBe(colorScheme === "light");
      await screenshot(page, `i18n-incident-${size}-${colorScheme}`);
      await page.getByRole("link", { name: "Nu" }).click();
      await page.locator("main h1").first().waitFor();
      await screenshot(page, `i18n-now-${size}-${colorScheme}`);
      await page.getByRole("link", { name: "Veckorapport" }).click();
      await page.getByRole("img", { name: /Arbetad tid per dag och taxa/ }).waitFor();
      await screenshot(page, `i18n-report-${size}-${colorScheme}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  }
}, 90_000);
