import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import {
  DESKTOP,
  MONDAY_2140,
  TRAY,
  openApp,
  screenshot,
  settingsSection,
  useBrowserSession,
} from "./harness";

/**
 * Issue 23.1–2 in Chromium, over the browser preview: Settings → About shows the version it
 * was built from, says that the preview keeps no log and does not update itself, and the
 * window's uncaught errors reach the host. Screenshots in test-results/screenshots/about-*.
 */
const session = useBrowserSession();
const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8"),
) as { version: string };

test("Settings → About in Swedish and English, at the desktop's and the tray's size", async () => {
  for (const [size, viewport] of [
    ["wide", DESKTOP],
    ["narrow", TRAY],
  ] as const) {
    const { page, problems, context } = await openApp(session.browser, session.server, {
      now: MONDAY_2140,
      viewport,
      hash: "#/settings",
    });
    await settingsSection(page, "Om");
    await page.getByRole("heading", { name: "Om", level: 2 }).waitFor();
    expect(await page.getByTestId("about-version").textContent()).toBe(`Jour ${version}`);
    await page.getByText("Förhandsvisningen i webbläsaren sparar ingen logg.").waitFor();
    await page.getByRole("button", { name: "Sök efter uppdateringar" }).click();
    await page
      .getByText(
        "Uppdateringar kommer bara till installerade Jour (inte till en utvecklingsversion eller förhandsvisningen).",
      )
      .waitFor();
    await screenshot(page, `about-sv-${size}`);

    await settingsSection(page, "Allmänt");
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await settingsSection(page, "About");
    await page.getByRole("button", { name: "Check for updates" }).waitFor();
    await page
      .getByText(
        "Updates come only to an installed Jour (not to a development build or the preview).",
      )
      .waitFor();
    await screenshot(page, `about-en-${size}`);
    expect(problems).toEqual([]);
    await context.close();
  }
});

test("an uncaught error and an unhandled rejection of the window reach the host's log", async () => {
  const { page, problems, context } = await openApp(session.browser, session.server, {
    now: MONDAY_2140,
  });
  await page.getByRole("heading", { name: "Nu", level: 1 }).waitFor();
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error("e2e boom");
    });
    void Promise.reject(new Error("e2e rejected"));
  });
  // The preview's host logs them to the browser's console (Electron's main to its log file).
  await expect
    .poll(() => problems.filter((p) => p.startsWith("Jour window error")).sort())
    .toEqual([
      expect.stringContaining("Jour window error (error): Error: e2e boom"),
      expect.stringContaining("Jour window error (rejection): Error: e2e rejected"),
    ]);
  await context.close();
});
