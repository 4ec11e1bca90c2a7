import { beforeAll, expect, test } from "vitest";
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import {
  MINUTE,
  MONDAY_10,
  SCREENSHOTS,
  advanceClock,
  openApp,
  screenshot,
  useBrowserSession,
  useLanguage,
} from "./harness";

/**
 * Issue 21, point 6 in Chromium, Swedish and English: the response's and the rollback's
 * outcomes labelled side by side; resolving an unanswered call marks it responded; a past
 * call logged in one form with its times, refused on the field when a time is impossible,
 * and shown without countdowns. Screenshots in test-results/screenshots/sla-*.
 */

const session = useBrowserSession();

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
});

const words = {
  sv: {
    skip: "Hoppa över",
    startIncident: "Starta incident (samtal mottaget)",
    responded: "Besvarad",
    rollbackRequested: "Rollback begärd",
    rollbackStarted: "Rollback påbörjad",
    resolved: "Löst",
    correct: "Ändra tid: Besvarad",
    pastCall: "Logga ett tidigare samtal",
    reportedAt: "Samtalet kom",
    respondedAt: "Besvarat",
    resolvedAt: "Löst (valfritt)",
    workStart: "Arbetade från (valfritt)",
    workEnd: "Arbetade till",
    log: "Logga samtalet",
    date: (label: string) => `${label}, datum`,
    time: (label: string) => `${label}, tid (HH:mm)`,
    responseOnTime12: /^Svar: i tid \(12\smin\)$/,
    rollbackLate3: /^Rollback: 3\smin sen$/,
    responseLate10: /^Svar: 10\smin sen$/,
    rollbackNotRequested: /^Rollback: ej begärd$/,
    responseOnTime4: /^Svar: i tid \(4\smin\)$/,
    beforeReported: "Löst (valfritt): är före anmälan",
    endBeforeStart: "Arbetade till: måste vara efter starten",
    inFuture: "Löst (valfritt): ligger i framtiden",
    respondedAt2204: /Besvarad lör 22 nov 22:04/,
    respondedAt1110: /Besvarad mån 24 nov 11:10/,
    passed: /passerad/,
    history: "Historik",
  },
  en: {
    skip: "Skip",
    startIncident: "Start incident (call received)",
    responded: "Responded",
    rollbackRequested: "Rollback requested",
    rollbackStarted: "Rollback started",
    resolved: "Resolved",
    correct: "Correct time: Responded",
    pastCall: "Log an earlier call",
    reportedAt: "The call came in",
    respondedAt: "Responded",
    resolvedAt: "Resolved (optional)",
    workStart: "Worked from (optional)",
    workEnd: "Worked until",
    log: "Log the call",
    date: (label: string) => `${label}, date`,
    time: (label: string) => `${label}, time (HH:mm)`,
    responseOnTime12: /^Response: on time \(12\smin\)$/,
    rollbackLate3: /^Rollback: 3\smin late$/,
    responseLate10: /^Response: 10\smin late$/,
    rollbackNotRequested: /^Rollback: not requested$/,
    responseOnTime4: /^Response: on time \(4\smin\)$/,
    beforeReported: "Resolved (optional): is before the incident was reported",
    endBeforeStart: "Worked until: must be after the start",
    inFuture: "Resolved (optional): is in the future",
    respondedAt2204: /Responded Sat 22 Nov 22:04/,
    respondedAt1110: /Responded Mon 24 Nov 11:10/,
    passed: /passed/,
    history: "History",
  },
} as const;

type Words = (typeof words)["sv" | "en"];

async function open(language: "sv" | "en") {
  const opened = await openApp(session.browser, session.server, { now: MONDAY_10 });
  await useLanguage(opened.page, language);
  await opened.page.getByRole("button", { name: words[language].skip }).click();
  return opened;
}

/** The two outcomes in the incident's header, as their text. */
const headerOutcomes = (page: Page) =>
  page.locator(".incident-header .sla-outcome").allInnerTexts();

/** Types a date and a time into the past-call form's field with this label. */
async function fill(page: Page, w: Words, label: string, date: string, time: string) {
  const form = page.getByRole("form", { name: w.pastCall });
  await form.getByLabel(w.date(label), { exact: true }).fill(date);
  await form.getByLabel(w.time(label), { exact: true }).fill(time);
}

for (const language of ["sv", "en"] as const) {
  const w = words[language];

  test(`responded in time, rollback late: both outcomes labelled (${language})`, async () => {
    const { page, context, problems } = await open(language);
    await page.getByRole("button", { name: w.startIncident }).click();
    await page.getByRole("radio", { name: /^P1/ }).check();
    await advanceClock(page, 12 * MINUTE);
    await page.getByRole("button", { name: w.responded, exact: true }).click();
    await advanceClock(page, 8 * MINUTE);
    await page.getByRole("button", { name: w.rollbackRequested, exact: true }).click();
    await advanceClock(page, 63 * MINUTE);
    await page.getByRole("button", { name: w.rollbackStarted, exact: true }).click();
    await expect
      .poll(() => headerOutcomes(page))
      .toEqual([expect.stringMatching(w.responseOnTime12), expect.stringMatching(w.rollbackLate3)]);
    // No single verdict anywhere on the page.
    expect(await page.getByText(/SLA (hållet|met|missat|missed)/).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `sla-incident-rollback-late-${language}`);
    // History says the same, labelled.
    await page.getByRole("link", { name: w.history, exact: true }).click();
    const row = page.locator(".incident-table tbody tr").first();
    await expect
      .poll(() => row.locator(".sla-outcome").allInnerTexts())
      .toEqual([expect.stringMatching(w.responseOnTime12), expect.stringMatching(w.rollbackLate3)]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test(`resolving a call never marked responded marks it responded (${language})`, async () => {
    const { page, context, problems } = await open(language);
    await page.getByRole("button", { name: w.startIncident }).click();
    await page.getByRole("radio", { name: /^P1/ }).check();
    await advanceClock(page, 70 * MINUTE);
    await page.getByRole("button", { name: w.resolved, exact: true }).click();
    const milestones = page.locator(".milestones");
    await expect.poll(() => milestones.innerText()).toMatch(w.respondedAt1110);
    await expect
      .poll(() => headerOutcomes(page))
      .toEqual([
        expect.stringMatching(w.responseLate10),
        expect.stringMatching(w.rollbackNotRequested),
      ]);
    // Shown, so it can be corrected to when the call was really taken.
    expect(await page.getByRole("button", { name: w.correct }).count()).toBe(1);
    await screenshot(page, `sla-resolved-unanswered-${language}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test(`a past call: its times in one form, refused on the field, no countdown (${language})`, async () => {
    const { page, context, problems } = await open(language);
    await page.getByRole("button", { name: w.pastCall }).click();
    const form = page.getByRole("form", { name: w.pastCall });
    // Saturday 22:00, 36 h ago: answered 22:04, worked 22:05–23:15, resolved 23:20.
    await fill(page, w, w.reportedAt, "2025-11-22", "22:00");
    await fill(page, w, w.respondedAt, "2025-11-22", "22:04");
    await fill(page, w, w.resolvedAt, "2025-11-22", "21:00");
    await fill(page, w, w.workStart, "2025-11-22", "22:05");
    await fill(page, w, w.workEnd, "2025-11-22", "23:15");
    await form.getByRole("button", { name: w.log }).click();
    await expect.poll(() => form.getByRole("alert").innerText()).toBe(w.beforeReported);
    expect(
      await form.getByLabel(w.time(w.resolvedAt), { exact: true }).getAttribute("aria-invalid"),
    ).toBe("true");
    await screenshot(page, `sla-past-call-refused-${language}`);

    await fill(page, w, w.resolvedAt, "2025-11-24", "10:30");
    await form.getByRole("button", { name: w.log }).click();
    await expect.poll(() => form.getByRole("alert").innerText()).toBe(w.inFuture);

    await fill(page, w, w.resolvedAt, "2025-11-22", "23:20");
    await fill(page, w, w.workEnd, "2025-11-22", "21:15");
    await form.getByRole("button", { name: w.log }).click();
    await expect.poll(() => form.getByRole("alert").innerText()).toBe(w.endBeforeStart);
    // Nothing was saved by the refusals.
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/now|^$/);

    await fill(page, w, w.workEnd, "2025-11-22", "23:15");
    await form.getByRole("button", { name: w.log }).click();
    await page.locator(".incident-header").waitFor();
    await expect
      .poll(() => headerOutcomes(page))
      .toEqual([
        expect.stringMatching(w.responseOnTime4),
        expect.stringMatching(w.rollbackNotRequested),
      ]);
    // The response is the one given, not "now" (Monday 10:00), and nothing counts down.
    await expect.poll(() => page.locator(".milestones").innerText()).toMatch(w.respondedAt2204);
    expect(await page.locator(".countdown").count()).toBe(0);
    expect(await page.getByText(w.passed).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `sla-past-call-${language}`);
    await page.evaluate(() => (window.location.hash = "#/now"));
    await page.getByRole("button", { name: w.startIncident }).waitFor();
    expect(await page.locator(".countdown").count()).toBe(0);
    expect(await page.getByText(w.passed).count()).toBe(0);
    // One incident in History: the refused attempts saved nothing.
    await page.getByRole("link", { name: w.history, exact: true }).click();
    await expect.poll(() => page.locator(".incident-table tbody tr").count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
}
