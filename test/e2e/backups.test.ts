import { expect, test } from "vitest";
import {
  MONDAY_2140,
  openApp,
  screenshot,
  settingsSection,
  useBrowserSession,
  useLanguage,
} from "./harness";

const session = useBrowserSession();

/**
 * The browser preview keeps its data in localStorage and takes no backups: Settings → Data
 * says so plainly, with no Restore or folder buttons that could not work. (The list itself,
 * with backups, is tested on real files in test/electron/backups/ and as a part in
 * test/renderer/settings/backups.test.tsx.)
 */
test("the preview's Settings → Data says backups are the desktop app's (sv and en)", async () => {
  const { page, problems } = await openApp(session.browser, session.server, { now: MONDAY_2140 });
  for (const language of ["sv", "en"] as const) {
    if (language === "en") await settingsSection(page, "Allmänt");
    await useLanguage(page, language);
    await page
      .getByRole("link", { name: language === "sv" ? "Inställningar" : "Settings" })
      .click();
    await settingsSection(page, "Data");
    const section = page.getByRole("region", {
      name: language === "sv" ? "Säkerhetskopior" : "Backups",
    });
    await section
      .getByText(
        language === "sv"
          ? "Säkerhetskopior tas av skrivbordsappen. Förhandsvisningen i webbläsaren sparar i webbläsaren och har inga."
          : "Backups are taken by the desktop app. The browser preview keeps its data in the browser and has none.",
      )
      .waitFor();
    expect(await section.getByRole("button").count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, `backups-preview-${language}`);
  }
  expect(problems).toEqual([]);
});
