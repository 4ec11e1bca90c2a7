import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import {
  MONDAY_10,
  TRAY,
  openApp,
  screenshot,
  useBrowserSession,
  settingsSection,
} from "./harness";

const session = useBrowserSession();

test("My jour weeks: a rotation, single swaps, the next week on Now, and the iCalendar file", async () => {
  const { page, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    hash: "#/weeks",
  });
  await page.getByRole("heading", { name: "Mina jourveckor", level: 1 }).waitFor();
  await page.getByText("Ingen kommande jourvecka markerad.").waitFor();
  const grid = page.getByRole("list", { name: "Veckor 2025" });
  expect(await grid.getByRole("button").count()).toBe(52);

  // Every third week from week 50.
  await page.getByLabel("Var N:e vecka").fill("3");
  await page.getByLabel("Från vecka").fill("50");
  await page.getByLabel("År", { exact: true }).last().fill("2025");
  await page.getByRole("button", { name: "Spara rotation" }).click();
  await page.getByText("Var 3:e vecka från v. 50 2025.").waitFor();
  const week = (name: string) => grid.getByRole("button", { name: new RegExp(`^${name}`) });
  await expect.poll(() => week("v. 50, 8–14 dec").getAttribute("aria-pressed")).toBe("true");
  expect(await week("v. 49, 1–7 dec").getAttribute("aria-pressed")).toBe("false");
  await page.getByText("Nästa jourvecka v. 50 (8–14 dec)").waitFor();

  // Single swaps: week 51 taken over, week 50 given away.
  await week("v. 51, 15–21 dec").click();
  await expect
    .poll(() => week("v. 51, 15–21 dec, bytt till dig").getAttribute("aria-pressed"))
    .toBe("true");
  await week("v. 50, 8–14 dec").click();
  await expect
    .poll(() => week("v. 50, 8–14 dec, bytt bort").getAttribute("aria-pressed"))
    .toBe("false");
  await page.getByText("Nästa jourvecka v. 51 (15–21 dec)").waitFor();
  await page.getByText("1 jourvecka", { exact: true }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "weeks-sv");

  // The calendar file: CRLF, one event per held week, stable UIDs.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exportera jourveckor (iCalendar)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("jour-jourveckor.ics");
  const ics = await readFile(await download.path(), "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
  expect(ics).toContain("UID:jour-2025-W51@jour.local\r\n");
  expect(ics).toContain("DTSTART:20251214T230000Z\r\n");
  expect(ics).toContain("SUMMARY:Jourvecka v. 51\r\n");
  expect(ics).toMatch(/UID:jour-2025-W50@jour\.local\r\n(.*\r\n)*?STATUS:CANCELLED/);

  // The next year: 53 weeks in 2026.
  await page.getByRole("button", { name: "Nästa år" }).click();
  const grid2026 = page.getByRole("list", { name: "Veckor 2026" });
  await grid2026.waitFor();
  expect(await grid2026.getByRole("button").count()).toBe(53);
  expect(await grid2026.getByRole("button", { pressed: true }).count()).toBe(18);
  // A year typed digit by digit.
  const yearField = page.getByRole("spinbutton", { name: "År" }).first();
  await yearField.fill("");
  await yearField.pressSequentially("2027");
  await page.getByRole("list", { name: "Veckor 2027" }).waitFor();
  expect(await yearField.inputValue()).toBe("2027");

  // Now shows the next week, and leads here.
  await page.getByRole("link", { name: "Nu", exact: true }).click();
  const nextLink = page.getByRole("link", { name: "Nästa jourvecka v. 51 (15–21 dec)" });
  await nextLink.waitFor();
  await screenshot(page, "weeks-now-sv");
  await nextLink.click();
  await page.getByRole("heading", { name: "Mina jourveckor", level: 1 }).waitFor();

  // Settings: each handover reminder can be switched off.
  await page.getByRole("link", { name: "Inställningar" }).click();
  await settingsSection(page, "Påminnelser");
  const reminder = page.getByLabel("När min jourvecka börjar: vidarekoppla telefonen");
  expect(await reminder.isChecked()).toBe(true);

  // English.
  await settingsSection(page, "Allmänt");
  await page.getByLabel("Språk").selectOption("en");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await page.getByRole("link", { name: "My on-call weeks" }).click();
  await page.getByText("Next on-call week w. 51 (15–21 Dec)").waitFor();
  await page
    .getByRole("list", { name: "Weeks of 2025" })
    .getByRole("button", { name: /^w\. 51, 15–21 Dec, swapped to you/ })
    .waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "weeks-en");
  // At the tray's small size nothing sticks out sideways.
  await page.setViewportSize(TRAY);
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await screenshot(page, "weeks-en-tray");
  expect(problems).toEqual([]);
});

test("a handover reminder shows as a toast in the preview, and its click opens the week report", async () => {
  const { page, problems } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    hash: "#/weeks",
  });
  // Last week, week 47, was held and is not reported: its end reminder is due.
  const grid = page.getByRole("list", { name: "Veckor 2025" });
  await grid.getByRole("button", { name: /^v\. 47, 17–23 nov/ }).click();
  const toast = page.getByRole("button", { name: /Jourveckan är slut: rapportera veckan/ });
  await toast.waitFor({ timeout: 20_000 });
  await toast.click();
  await page.getByRole("heading", { name: "Veckorapport", level: 1 }).waitFor();
  expect(problems).toEqual([]);
});
