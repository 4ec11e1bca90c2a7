import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { MINUTE, MONDAY_10, advanceClock, openApp, screenshot, useBrowserSession } from "./harness";

const session = useBrowserSession();

/** The user was away from `from` to `to` minutes after 10:00, as the desktop shell reports. */
async function away(page: Page, from: number, to: number): Promise<boolean> {
  return page.evaluate(
    (report) => {
      if (!window.__jourTestIdle) throw new Error("no idle hook in this page");
      return window.__jourTestIdle(report);
    },
    { idleSince: MONDAY_10 + from * MINUTE, backAt: MONDAY_10 + to * MINUTE },
  );
}

test("the idle question on Now and the incident: discard in Swedish, stop in English", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
  });
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByLabel("Sammanfattning").waitFor();
  await advanceClock(page, 30 * MINUTE);
  expect(await away(page, 5, 28)).toBe(true);

  // Shown on the incident, and on Now, until answered.
  const question = page.getByRole("alertdialog", { name: "Du var borta 23 min medan timern gick" });
  await question.waitFor();
  await page.getByRole("link", { name: "Nu" }).click();
  await question.waitFor();
  await expect.poll(() => question.textContent()).toContain("Ingen aktivitet 10:05–10:28");
  await screenshot(page, "idle-question-now-sv");

  await question.getByRole("button", { name: "Släng tiden, fortsätt från 10:28" }).click();
  await question.waitFor({ state: "detached" });
  // 5 min before leaving, 2 min since coming back.
  await expect.poll(() => page.locator(".timer-card").textContent()).toContain("00:07:00");

  await page.getByRole("link", { name: "Inställningar" }).click();
  await page.getByLabel("Språk").selectOption("en");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await advanceClock(page, 30 * MINUTE); // 10:60
  expect(await away(page, 35, 59)).toBe(true);
  await page.getByRole("link", { name: "Incident", exact: true }).click();
  const english = page.getByRole("alertdialog", {
    name: "You were away 24 min while the timer ran",
  });
  await english.waitFor();
  await screenshot(page, "idle-question-incident-en");
  await english.getByRole("button", { name: "Stop the timer at 10:35" }).click();
  await english.waitFor({ state: "detached" });
  await page.getByRole("link", { name: "Now" }).click();
  await page.getByRole("button", { name: "Start incident (call received)" }).waitFor();
  expect(await page.locator(".timer-card").count()).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

test("a timer running 2 h says so in the preview too, once", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
  });
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByLabel("Sammanfattning").waitFor();
  await advanceClock(page, 121 * MINUTE);
  const toast = page.locator("#toasts").getByText("Timern har gått i 2 h 1 min");
  await toast.waitFor();
  await advanceClock(page, 10 * MINUTE);
  expect(
    await page
      .locator("#toasts")
      .getByText(/^Timern har gått i/)
      .count(),
  ).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);
