import { expect, test } from "vitest";
import {
  MINUTE,
  MONDAY_10,
  MONDAY_2140,
  TRAY,
  advanceClock,
  openApp,
  screenshot,
  useBrowserSession,
  settingsSection,
} from "./harness";

const session = useBrowserSession();

test("a rest minimum or a guard out of range is named and said in the window's language", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    viewport: TRAY,
  });
  try {
    await page.getByRole("link", { name: "Inställningar" }).click();
    const save = page.getByRole("button", { name: "Spara inställningarna" });
    await settingsSection(page, "Vila efter arbete");
    const daily = page.getByLabel("Dygnsvila minst (h)");
    await daily.fill("0");
    await save.click();
    await expect
      .poll(() => page.getByRole("alert").allTextContents())
      .toContain("Dygnsvila minst (h): måste vara större än 0");
    await daily.scrollIntoViewIfNeeded();
    await screenshot(page, "qa-settings-rest-error-sv-tray");
    await daily.fill("11");

    await settingsSection(page, "Allmänt");
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await settingsSection(page, "Reminders");
    const idle = page.getByLabel("Ask after idle time (min, 0 = off)");
    await idle.fill("-1");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect
      .poll(() => page.getByRole("alert").allTextContents())
      .toContain("Ask after idle time (min, 0 = off): must be at least 0");
    await idle.scrollIntoViewIfNeeded();
    await screenshot(page, "qa-settings-idle-error-en-tray");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);

test("Now at the tray's size: 'Not your on-call week' fits its box like the amounts beside it", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    viewport: TRAY,
  });
  try {
    await page.getByRole("link", { name: "Inställningar" }).click();
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Now" }).click();
    await page.getByRole("button", { name: "Start incident (call received)" }).click();
    await page.getByRole("heading", { name: /^Incident / }).waitFor();
    await page.getByRole("link", { name: "Now" }).click();
    const notHeld = page.getByText("Not your on-call week", { exact: true });
    await notHeld.waitFor();
    const hours = page.locator(".stats dd").nth(1);
    const [words, amount] = await Promise.all([notHeld.boundingBox(), hours.boundingBox()]);
    await screenshot(page, "qa-now-not-held-en-tray");
    // At most two short lines where an amount takes one.
    expect(words?.height ?? 0).toBeLessThanOrEqual(2 * (amount?.height ?? 0));
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);

test("the Week report asks about an ended week whose call was never answered", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_2140,
    viewport: TRAY,
  });
  try {
    await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
    await page.getByRole("heading", { name: /^Incident / }).waitFor();
    await advanceClock(page, 80 * MINUTE);
    await page.getByRole("button", { name: "Stoppa timer" }).first().click();
    await page.getByRole("button", { name: "Starta timer" }).waitFor();
    await advanceClock(page, 7 * 24 * 60 * MINUTE); // a week later, never answered
    await page.getByRole("link", { name: "Veckorapport" }).click();
    const question = page.getByRole("region", { name: "Är det din jourvecka?" });
    await question.waitFor();
    const text = page.locator("pre.organizer-text");
    await expect.poll(() => text.textContent()).toBe("Taxa 1: 0,5h\nTaxa 3: 1h");
    await screenshot(page, "qa-report-held-question-sv-tray");
    await question.getByRole("button", { name: "Ja, min jourvecka" }).click();
    await expect.poll(() => text.textContent()).toBe("1 x Jourvecka\nTaxa 1: 0,5h\nTaxa 3: 1h");
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);
