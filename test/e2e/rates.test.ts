import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { createJourApp } from "../../shared/app/api";
import {
  HOUR,
  MINUTE,
  MONDAY_10,
  advanceClock,
  openApp,
  screenshot,
  settingsSection,
  useBrowserSession,
} from "./harness";

/**
 * Issue 21, points 4 and 5 in Chromium, in Swedish and English: Taxa 1 goes from 290 to 310
 * from the next week; the reported week 48 keeps its pay, week 51 is paid at 310, and the
 * Week report names each week's rates. Marking the running week 50 reported asks first.
 * Screenshots in test-results/screenshots/rates-*.
 */

const session = useBrowserSession();
const WEEK = 7 * 24 * HOUR;
/** Monday of week 50 (8 Dec 2025), 12:00 in Stockholm. */
const NOW = MONDAY_10 + 2 * WEEK + 2 * HOUR;

const words = {
  sv: {
    settings: "Inställningar",
    data: "Data",
    importLabel: "Importera data (JSON)",
    importDialog: "Importera jour-data.json?",
    replace: "Ersätt allt med filen",
    rules: "Regler och ersättning",
    rate1: "Taxa 1 (kr/h)",
    from: "Gäller från vecka",
    next: "v. 51 2025 (nästa vecka)",
    save: "Spara taxorna från v. 51 2025",
    saved: "Inställningarna är sparade.",
    history: "Taxor som gäller",
    first: "Från början: 290 / 400 / 600 kr/h, jourvecka 4 500 kr, storhelg +50 %",
    raise: "Från v. 51 2025: 310 / 400 / 600 kr/h, jourvecka 4 500 kr, storhelg +50 %",
    report: "Veckorapport",
    rates48: "Taxor v. 48: 290 / 400 / 600 kr/h, jourvecka 4 500 kr",
    rates50: "Taxor v. 50: 290 / 400 / 600 kr/h, jourvecka 4 500 kr",
    rates51: "Taxor v. 51: 310 / 400 / 600 kr/h, jourvecka 4 500 kr",
    mark: "Markera som rapporterad",
    question: "Markera v. 50 som rapporterad?",
    body: "v. 50 pågår till mån 15 dec 00:00. Markera som rapporterad ändå? Påminnelserna om överlämningen slutar.",
    cancel: "Avbryt",
    anyway: "Markera ändå",
    unmark: "Markera som ej rapporterad",
  },
  en: {
    settings: "Settings",
    data: "Data",
    importLabel: "Import data (JSON)",
    importDialog: "Import jour-data.json?",
    replace: "Replace everything with the file",
    rules: "Rules and pay",
    rate1: "Taxa 1 (SEK/h)",
    from: "Applies from week",
    next: "w. 51 2025 (next week)",
    save: "Save the rates from w. 51 2025",
    saved: "Settings saved.",
    history: "Rates in force",
    first: "From the start: 290 / 400 / 600 kr/h, on-call week 4 500 kr, storhelg +50 %",
    raise: "From w. 51 2025: 310 / 400 / 600 kr/h, on-call week 4 500 kr, storhelg +50 %",
    report: "Week report",
    rates48: "Rates w. 48: 290 / 400 / 600 kr/h, on-call week 4 500 kr",
    rates50: "Rates w. 50: 290 / 400 / 600 kr/h, on-call week 4 500 kr",
    rates51: "Rates w. 51: 310 / 400 / 600 kr/h, on-call week 4 500 kr",
    mark: "Mark as reported",
    question: "Mark w. 50 as reported?",
    body: "w. 50 runs until Mon 15 Dec 00:00. Mark it as reported anyway? The handover reminders stop.",
    cancel: "Cancel",
    anyway: "Mark anyway",
    unmark: "Mark as not reported",
  },
} as const;

/** Held weeks 48, 50 and 51 with an hour of Taxa 1 each (Monday 10–11); 48 reported. */
async function seedFile(language: "sv" | "en"): Promise<string> {
  let now = MONDAY_10 + 3 * WEEK + 2 * HOUR;
  const app = createJourApp({
    clock: { now: () => now },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
  });
  await app.updateSettings({ language, setupDone: true });
  const { id } = await app.createIncident();
  await app.stopTimer();
  for (const week of [MONDAY_10, MONDAY_10 + 2 * WEEK, MONDAY_10 + 3 * WEEK]) {
    await app.setOnDuty({ week, onDuty: true });
    await app.addInterval({ incidentId: id, start: week, end: week + 60 * MINUTE });
  }
  await app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
  now = NOW;
  return app.exportData();
}

/** Flattens the non-breaking spaces of amounts ("4 790 kr") for comparing. */
const plain = (text: string) => text.replace(/\u00a0/g, " ").replace(/[ \t]+/g, " ");

async function weekSection(page: Page, label: string): Promise<string> {
  const section = page.locator("section.week-report").filter({
    has: page.getByRole("heading", { name: new RegExp(`^${label.replace(".", "\\.")} ·`) }),
  });
  await section.waitFor();
  return plain(await section.innerText());
}

async function pickOnly(page: Page, label: string): Promise<void> {
  const boxes = page.locator(".week-picker input[type=checkbox]");
  for (const box of await boxes.all()) if (await box.isChecked()) await box.uncheck();
  await page
    .locator(".week-picker li")
    .filter({ hasText: new RegExp(`^${label.replace(".", "\\.")} `) })
    .locator("input")
    .check();
}

for (const language of ["sv", "en"] as const) {
  test(`a raise from next week keeps the reported week's pay; a running week asks (${language})`, async () => {
    const w = words[language];
    const { page, problems } = await openApp(session.browser, session.server, { now: NOW });
    const file = await seedFile(language);

    // The seed comes in by the app's own import.
    await page.getByRole("link", { name: "Inställningar" }).click();
    await settingsSection(page, "Data");
    await page.getByLabel("Importera data (JSON)").setInputFiles({
      name: "jour-data.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    const importDialog = page.getByRole("dialog", { name: "Importera jour-data.json?" });
    await importDialog.getByRole("button", { name: "Ersätt allt med filen" }).click();
    await page.getByRole("heading", { name: w.settings, level: 1 }).waitFor();

    const label = (n: number) => `${language === "sv" ? "v." : "w."} ${n}`;
    // Week 50 before the change, at 290.
    await page.getByRole("link", { name: w.report }).click();
    expect(await weekSection(page, label(50))).toContain(w.rates50);

    // Taxa 1 to 310, from the next week (the default).
    await page.getByRole("link", { name: w.settings }).click();
    await settingsSection(page, w.rules);
    const rows = page.getByRole("list", { name: w.history }).locator("li > span");
    const entries = async () => (await rows.allInnerTexts()).map(plain);
    expect(await entries()).toEqual([w.first]);
    const from = page.getByLabel(w.from);
    await expect
      .poll(async () => plain(await from.locator("option:checked").innerText()))
      .toBe(w.next);
    await page.getByLabel(w.rate1).fill("310");
    await page.getByRole("button", { name: w.save }).click();
    await expect.poll(entries).toEqual([w.first, w.raise]);
    await page.getByRole("status").filter({ hasText: w.saved }).waitFor();
    await screenshot(page, `rates-settings-${language}`);

    // The reported week 48 keeps its 4 790 kr and names its rates; week 50 is still at 290.
    await page.getByRole("link", { name: w.report }).click();
    await pickOnly(page, label(48));
    const week48 = await weekSection(page, label(48));
    expect(week48).toContain("4 790 kr");
    expect(week48).toContain(w.rates48);
    await pickOnly(page, label(50));
    const week50 = await weekSection(page, label(50));
    expect(week50).toContain("4 790 kr");
    expect(week50).toContain(w.rates50);

    // Marking the running week 50 asks first, and Cancel leaves it unreported.
    await page.getByRole("button", { name: w.mark, exact: true }).click();
    const question = page.getByRole("dialog", { name: w.question });
    await question.waitFor();
    expect(plain(await question.innerText())).toContain(w.body);
    await screenshot(page, `rates-running-week-${language}`);
    await question.getByRole("button", { name: w.cancel }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await page.getByRole("button", { name: w.mark, exact: true }).count()).toBe(1);
    // Asked again and confirmed: marked.
    await page.getByRole("button", { name: w.mark, exact: true }).click();
    await question.getByRole("button", { name: w.anyway }).click();
    await page.getByRole("button", { name: w.unmark }).waitFor();

    // A week later, week 51 is paid at 310.
    await advanceClock(page, WEEK);
    await page.getByRole("link", { name: w.settings }).click();
    await page.getByRole("link", { name: w.report }).click();
    await pickOnly(page, label(51));
    const week51 = await weekSection(page, label(51));
    expect(week51).toContain("4 810 kr");
    expect(week51).toContain(w.rates51);
    await screenshot(page, `rates-report-${language}`);
    expect(problems).toEqual([]);
  });
}
