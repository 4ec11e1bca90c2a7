import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { MINUTE, MONDAY_2140, TRAY, advanceClock, openApp, useBrowserSession } from "./harness";

const session = useBrowserSession();

interface Focused {
  name: string;
  outline: string;
}

/** The focused element's name (its label, aria-label or text) and its outline. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
    const name = element.getAttribute("aria-label") ?? labelled ?? element.textContent ?? "";
    const style = getComputedStyle(element);
    return {
      name: name.replace(/\s+/g, " ").trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the control named `name` has the focus; every control
 * passed on the way must show the focus ring.
 */
async function tabTo(page: Page, name: string | RegExp, backwards = false): Promise<void> {
  const matches = (text: string) => (typeof name === "string" ? text === name : name.test(text));
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (!now) continue;
    expect(now.outline, `focus ring on "${now.name}"`).toBe("solid 3px");
    if (matches(now.name)) return;
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

async function expectFocus(page: Page, name: string | RegExp): Promise<void> {
  await expect.poll(async () => (await focused(page))?.name).toMatch(name);
}

test("the call, its timer, Responded and Stop, with the keyboard only, at the tray's size", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_2140,
    viewport: TRAY,
  });
  await page.getByRole("heading", { name: /^v\. 48 · / /* not held yet */ }).waitFor();

  // The call arrives: Start incident opens the incident with its timer running.
  await tabTo(page, "Starta incident (samtal mottaget)");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: /^Incident / }).waitFor();
  await expect.poll(() => page.getByRole("button", { name: "Stoppa timer" }).count()).toBe(1);

  // Priority by the arrow keys in its radio group; the summary; Enter saves the form.
  await tabTo(page, /^P2 /);
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => page.getByRole("radio", { name: /^P1/ }).isChecked()).toBe(true);
  await tabTo(page, "Sammanfattning");
  await page.keyboard.type("Kassan ger fel 500");
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Sparat." }).waitFor();

  // Add time opens a form that Escape closes, giving the focus back to its button.
  await tabTo(page, "Lägg till tid", true);
  await page.keyboard.press("Enter");
  await expectFocus(page, "Start");
  await page.keyboard.press("Escape");
  await expect.poll(() => page.getByRole("form", { name: /^Arbetad tid/ }).count()).toBe(0);
  await expectFocus(page, "Lägg till tid");

  // Responded after 5 minutes, with Space; the focus stays, now on its undo.
  await advanceClock(page, 5 * MINUTE);
  await tabTo(page, "Besvarad", true);
  await page.keyboard.press("Space");
  await page.getByText(/✓ Besvarad mån 24 nov\.? 21:45/).waitFor();
  await expectFocus(page, "Ångra Besvarad");

  // Stop: the button becomes Start timer in place, and the time is kept.
  await advanceClock(page, 15 * MINUTE);
  await tabTo(page, "Stoppa timer", true);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Starta timer" }).waitFor();
  await expectFocus(page, "Starta timer");
  await expect.poll(() => page.getByRole("timer").textContent()).toBe("00:20:00");

  expect(problems).toEqual([]);
  await context.close();
}, 90_000);
