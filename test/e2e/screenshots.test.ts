import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import {
  DESKTOP,
  MINUTE,
  MONDAY_2140,
  TRAY,
  advanceClock,
  openApp,
  screenshot,
  useBrowserSession,
} from "./harness";

const session = useBrowserSession();

/** How far seed() moves the clock: a reload must come back to the same moment. */
const SEEDED_MS = (80 + 9 * 60 + 50) * MINUTE;

/** A week with a customer, a finished incident and a running one. */
async function seed(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Inställningar" }).click();
  await page.getByRole("button", { name: "Kunder", exact: true }).click();
  await page.getByRole("button", { name: "Lägg till kund" }).click();
  await page.getByLabel("Kund 1: Namn").fill("Acme AB");
  await page.getByLabel("Kund 1: Sajtens adress").fill("https://acme.example");
  await page.getByLabel("Kund 1: New Relic-adress").fill("https://one.newrelic.com/apm/acme");
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await page.getByText("Inställningarna är sparade.").waitFor();

  await page.getByRole("link", { name: "Nu" }).click();
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByLabel("Kund", { exact: true }).selectOption({ label: "Acme AB" });
  await page.getByLabel("Sammanfattning").fill("Kassan ger fel 500");
  await page.getByLabel("Jira-nyckel").fill("WEB-481");
  await page.getByRole("button", { name: "Spara incidenten" }).click();
  await page.getByText("Sparat.").waitFor();
  await advanceClock(page, 80 * MINUTE);
  await page.getByRole("button", { name: "Löst", exact: true }).click();
  await page.getByRole("button", { name: "Starta timer" }).waitFor();

  await advanceClock(page, 9 * 60 * MINUTE);
  await page.getByRole("link", { name: "Nu" }).click();
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByRole("radio", { name: /^P1/ }).check();
  await page.getByLabel("Sammanfattning").fill("Sajten svarar inte");
  await page.getByRole("button", { name: "Spara incidenten" }).click();
  await page.getByText("Sparat.").waitFor();
  await advanceClock(page, 50 * MINUTE);
}

const VIEWS = ["now", "incident", "report", "history", "settings"] as const;

test("every view, at the desktop size and the tray's small size, in Swedish and English", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_2140,
  });
  await seed(page);
  for (const language of ["sv", "en"] as const) {
    if (language === "en") {
      await page.goto(`${new URL(page.url()).origin}/?now=${MONDAY_2140 + SEEDED_MS}#/settings`);
      await page.getByLabel("Språk").selectOption("en");
      await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    }
    for (const [size, viewport] of [
      ["desktop", DESKTOP],
      ["tray", TRAY],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const view of VIEWS) {
        await page.evaluate((hash) => (window.location.hash = hash), `#/${view}`);
        await page.locator("main h1, main h2").first().waitFor();
        await page.waitForTimeout(300);
        // Nothing may stick out sideways at either size.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${view} at ${size} overflows`).toBeLessThanOrEqual(0);
        await screenshot(page, `${view}-${size}-${language}`);
      }
    }
  }
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);
