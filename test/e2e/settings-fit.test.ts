import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { MONDAY_2140, openApp, useBrowserSession, settingsSection } from "./harness";

const session = useBrowserSession();

/**
 * The chosen option of every drop-down on the page, and whether its text fits the box: the
 * text's width in the select's own font against the box less its padding and arrow.
 */
function cutSelects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d");
    if (!canvas) return ["no canvas"];
    const ARROW = 24;
    return [...document.querySelectorAll("select")].flatMap((select) => {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? "";
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
      return canvas.measureText(text).width > room ? [text] : [];
    });
  });
}

test("Settings' drop-downs show their whole choice, at 1000 and 420 px, in sv and en", async () => {
  for (const width of [1000, 420]) {
    const { page, problems } = await openApp(session.browser, session.server, {
      now: MONDAY_2140,
      viewport: { width, height: 800 },
    });
    await page.getByRole("link", { name: "Inställningar" }).click();
    await settingsSection(page, "Allmänt");
    expect(await cutSelects(page)).toEqual([]);
    // The CSV choice is explained under it, and the field says so to a screen reader.
    const csv = page.getByLabel("CSV-export");
    expect(await csv.getAttribute("aria-describedby")).toBe("setting-csvStyle-hint");
    await page.getByText("Semikolon och decimalkomma").waitFor();
    await csv.selectOption("rfc4180");
    await page.getByText("Komma och decimalpunkt").waitFor();
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    expect(await cutSelects(page)).toEqual([]);
    await settingsSection(page, "Rules and pay");
    expect(await cutSelects(page)).toEqual([]);
    expect(problems).toEqual([]);
  }
});
