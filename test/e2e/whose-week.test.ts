import { expect, test } from "vitest";
import {
  MINUTE,
  MONDAY_2140,
  advanceClock,
  openApp,
  screenshot,
  useBrowserSession,
} from "./harness";

const session = useBrowserSession();

test("a call in a week not held asks once on Now; the report follows the answer", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_2140,
  });
  const question = page.getByRole("region", { name: "Är det din jourvecka?" });
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).waitFor();
  expect(await question.count()).toBe(0); // no call yet: nothing to ask

  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByRole("heading", { name: /^Incident / }).waitFor();
  await question.waitFor(); // asked in the incident too
  await advanceClock(page, 80 * MINUTE); // 21:40–23:00: 20 min Taxa 1, 60 min Taxa 3
  await page.getByRole("button", { name: "Stoppa timer" }).click();
  await page.getByRole("button", { name: "Starta timer" }).waitFor();

  // Now asks the same question; until answered the week has no allowance.
  await page.getByRole("link", { name: "Nu" }).click();
  await question.waitFor();
  await expect.poll(() => page.getByText("Inte din jourvecka").count()).toBe(1);
  await screenshot(page, "whose-week-now-question-sv");

  // Helped a colleague: No. The report has the hours and no "x Jourvecka" line.
  await question.getByRole("button", { name: "Nej, jag hjälpte till" }).click();
  await expect.poll(() => question.count()).toBe(0);
  await page.getByRole("link", { name: "Veckorapport" }).click();
  const text = page.locator("pre.organizer-text");
  await expect.poll(() => text.textContent()).toBe("Taxa 1: 0,5h\nTaxa 3: 1h");

  // Changed their mind: the week is theirs after all (the Now checkbox), and the report says so.
  await page.getByRole("link", { name: "Nu" }).click();
  await page.getByRole("checkbox", { name: "Jag har jouren den här veckan" }).check();
  await expect.poll(() => page.getByText("4 500 kr").count()).toBeGreaterThan(0);
  expect(await question.count()).toBe(0);
  await page.getByRole("link", { name: "Veckorapport" }).click();
  await expect.poll(() => text.textContent()).toBe("1 x Jourvecka\nTaxa 1: 0,5h\nTaxa 3: 1h");

  // English: the question on Now for a screenshot (a new week, a new call).
  await page.getByRole("link", { name: "Inställningar" }).click();
  await page.getByLabel("Språk").selectOption("en");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await advanceClock(page, 7 * 24 * 60 * MINUTE);
  await page.getByRole("link", { name: "Now" }).click();
  await page.getByRole("button", { name: "Start incident (call received)" }).click();
  await page.getByRole("heading", { name: /^Incident / }).waitFor();
  await page.getByRole("link", { name: "Now" }).click();
  await page.getByRole("region", { name: "Is this your on-call week?" }).waitFor();
  await screenshot(page, "whose-week-now-question-en");

  expect(problems).toEqual([]);
  await context.close();
}, 90_000);
