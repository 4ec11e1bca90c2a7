import { expect, test } from "vitest";
import {
  MINUTE,
  MONDAY_10,
  advanceClock,
  openApp,
  screenshot,
  settingsSection,
  useBrowserSession,
} from "./harness";

/**
 * A newcomer's walk, the places it found wanting: the window asks nothing on a timer while
 * Now shows a running timer (issue 12, point 9); the shortcut recorder's refusal is
 * readable (not laid over its help); at the tray's 420 px every view's link is in sight and
 * History gives a long summary the row's width.
 */

const session = useBrowserSession();
const WIDE = { width: 1000, height: 700 };

test("Now with a running timer: 10 s of the page's time tick locally, with no getStatus per second", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    viewport: WIDE,
  });
  // The page's own clock, moved by the test: the window's timers run 10 s in an instant.
  await page.clock.install({ time: MONDAY_10 });
  await page.goto(`${session.server.url}?count-calls#/now`);
  await page.getByRole("button", { name: "Hoppa över" }).click();
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByRole("link", { name: "Nu", exact: true }).click();
  const timer = page.getByRole("timer");
  await expect.poll(() => timer.textContent()).toBe("00:00:00");
  const statusCalls = () =>
    page.evaluate(() => {
      if (!window.__jourTestCalls) throw new Error("no call counter: ?count-calls missing");
      return window.__jourTestCalls["getStatus"] ?? 0;
    });
  const before = await statusCalls();
  await page.clock.runFor(10_000);
  await expect.poll(() => timer.textContent()).toBe("00:00:10");
  // Polling would ask every second (10 times); pushed changes ask only when told.
  expect((await statusCalls()) - before).toBeLessThanOrEqual(1);
  await screenshot(page, "walk-now-ticking");
  expect(problems).toEqual([]);
  await context.close();
});

test("the shortcut recorder's refusal stands below its help, not over it", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    viewport: WIDE,
    hash: "#/settings",
  });
  await settingsSection(page, "Allmänt");
  const field = page.locator("#setting-globalShortcut");
  await field.click();
  await page.keyboard.type("banana");
  const error = page.locator("#setting-globalShortcut-error");
  await error.waitFor();
  expect(await error.textContent()).toMatch(/^A går inte: ta med Ctrl\/Cmd eller Alt/);
  const help = await page.locator("#setting-globalShortcut-help").boundingBox();
  const refusal = await error.boundingBox();
  expect(help && refusal && refusal.y >= help.y + help.height).toBe(true);
  await screenshot(page, "walk-shortcut-refused");
  expect(problems).toEqual([]);
  await context.close();
});

for (const language of ["sv", "en"] as const) {
  test(`at the tray's 420 px every view's link is in sight (${language})`, async () => {
    const { page, context } = await openApp(session.browser, session.server, {
      now: MONDAY_10,
      viewport: { width: 420, height: 640 },
      hash: "#/settings",
    });
    if (language === "en") await page.getByLabel("Språk").selectOption("en");
    const links = page.getByRole("navigation").first().getByRole("link");
    await expect.poll(() => links.first().textContent()).toBe(language === "sv" ? "Nu" : "Now");
    expect(await links.count()).toBe(6);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 420, (await link.textContent()) ?? "").toBe(
        true,
      );
    }
    await page.getByRole("heading", { level: 1 }).waitFor();
    await screenshot(page, `walk-nav-narrow-${language}`);
    await context.close();
  });
}

test("History at 420 px: a long summary beside 'Svar: 10 min sen' has the row's width", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    viewport: { width: 420, height: 640 },
  });
  await page.getByRole("button", { name: "Hoppa över" }).click();
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByRole("radio", { name: /^P1/ }).check();
  const summary = `Kassan ger fel 500 på https://acme.example/${"kassan/".repeat(12)}`;
  await page.getByLabel("Sammanfattning").fill(summary);
  await page.getByRole("button", { name: "Spara incidenten" }).click();
  await advanceClock(page, 70 * MINUTE);
  await page.getByRole("button", { name: "Besvarad", exact: true }).click();
  await page
    .getByText(/Svar: 10\smin sen/)
    .first()
    .waitFor();
  await page.getByRole("link", { name: "Historik", exact: true }).click();
  const cell = page.locator(".incident-table .cell-summary");
  await expect.poll(() => cell.textContent()).toBe(summary);
  const box = await cell.boundingBox();
  expect(box && box.width).toBeGreaterThan(300);
  await screenshot(page, "walk-history-narrow");
  expect(problems).toEqual([]);
  await context.close();
});
