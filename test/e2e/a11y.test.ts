import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { MINUTE, MONDAY_2140, TRAY, advanceClock, openApp, useBrowserSession } from "./harness";

/**
 * axe-core over every view, in both languages, both themes and both sizes: any serious or
 * critical violation fails (contrast AA included). axe (node_modules/axe-core/axe.min.js) is
 * evaluated in the page over the DevTools protocol: the window's CSP (script-src 'self')
 * refuses an injected <script>, and the test must not loosen it.
 */

const session = useBrowserSession();
const WINDOW = { width: 1000, height: 700 };
const VIEWS = ["now", "incident", "report", "history", "settings"] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

let axeSource: string | null = null;
async function axe(): Promise<string> {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );
  return axeSource;
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(await axe());
  const violations = await page.evaluate(async () => {
    const axeApi = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axeApi.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

test.each(["light", "dark"] as const)(
  "axe finds nothing serious or critical in any view, %s theme, both languages and sizes",
  async (colorScheme) => {
    const {
      page,
      context: app,
      problems,
    } = await openApp(session.browser, session.server, {
      now: MONDAY_2140,
      viewport: WINDOW,
    });
    await page.emulateMedia({ colorScheme });
    // Something in every view: a running incident with its work, a week with time.
    await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
    await page.getByLabel("Sammanfattning").fill("Kassan ger fel 500");
    await page.getByRole("button", { name: "Spara incidenten" }).click();
    await page.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await advanceClock(page, 20 * MINUTE);

    // axe really runs here: an unnamed button (critical) is caught, then taken away again.
    await page.evaluate(() =>
      document.querySelector("main")?.append(document.createElement("button")),
    );
    expect((await seriousViolations(page)).join()).toMatch(/^button-name \(critical\)/);
    await page.evaluate(() => document.querySelector("main button:empty")?.remove());

    const found: string[] = [];
    for (const language of ["sv", "en"] as const) {
      if (language === "en") {
        await page.evaluate(() => (window.location.hash = "#/settings"));
        await page.getByLabel("Språk").selectOption("en");
        await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
      }
      for (const [size, viewport] of [
        ["window", WINDOW],
        ["tray", TRAY],
      ] as const) {
        await page.setViewportSize(viewport);
        for (const view of VIEWS) {
          await page.evaluate((hash) => (window.location.hash = hash), `#/${view}`);
          await page.locator("main h1, main h2").first().waitFor();
          await page.waitForTimeout(200);
          if (view === "incident") {
            // The interval editor's fields too.
            const add = page.getByRole("button", {
              name: language === "sv" ? "Lägg till tid" : "Add time",
            });
            if (await add.count()) await add.click();
          }
          for (const violation of await seriousViolations(page)) {
            found.push(`${view} ${language} ${size} ${colorScheme}: ${violation}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await app.close();
  },
  180_000,
);
