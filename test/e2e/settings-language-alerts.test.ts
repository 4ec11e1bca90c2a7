import { expect, test } from "vitest";
import { MINUTE, MONDAY_10, advanceClock, openApp, useBrowserSession } from "./harness";

const session = useBrowserSession();

test("a bad setting is refused with the field named, and nothing is saved", async () => {
  const { page, context } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    hash: "#/settings/rules",
  });
  const handover = page.getByLabel("Överlämningstid (HH:mm)");
  await handover.fill("25:00");
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect
    .poll(() => page.getByRole("alert").allInnerTexts())
    .toContain("Överlämningstid (HH:mm): ange en tid som HH:mm, till exempel 09:00");
  expect(await handover.getAttribute("aria-invalid")).toBe("true");

  await handover.fill("08:00");
  // The rates are changed from a week, in a card of their own with its own button.
  await page.getByLabel("Taxa 2 (kr/h)").fill("fyrahundra");
  await page.getByRole("button", { name: /^Spara taxorna från/ }).click();
  await expect
    .poll(() => page.getByRole("alert").allInnerTexts())
    .toContain("Taxa 2 (kr/h): ange ett tal");

  await page.getByLabel("Taxa 2 (kr/h)").fill("400");
  await page.getByRole("button", { name: "Kunder", exact: true }).click();
  await page.getByRole("button", { name: "Lägg till kund" }).click();
  await page.getByLabel("Kund 1: Namn").fill("Acme AB");
  await page.getByLabel("Kund 1: ELMAH-adress").fill("ftp://acme.example/elmah");
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect
    .poll(() => page.getByRole("alert").allInnerTexts())
    .toContain("Kund 1: ELMAH-adress: ange en http(s)-adress eller lämna tomt");

  // Nothing of the refused form reached the app: a reload shows the defaults.
  await page.reload();
  await expect.poll(() => page.getByLabel("Överlämningstid (HH:mm)").inputValue()).toBe("00:00");
  await page.getByRole("button", { name: "Kunder", exact: true }).click();
  await page.getByRole("button", { name: "Lägg till kund" }).waitFor();
  expect(await page.getByLabel("Kund 1: Namn").count()).toBe(0);
  await context.close();
});

test("switching to English changes every text, keeps Swedish number formats, and persists", async () => {
  const { page, context } = await openApp(session.browser, session.server, {
    now: MONDAY_10,
    hash: "#/settings",
  });
  await page.getByLabel("Språk").selectOption("en");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await page.getByRole("link", { name: "Now" }).click();
  await page.getByRole("button", { name: "Start incident (call received)" }).waitFor();
  // The allowance shows only for a week held (DOMAIN §4 "Whose week").
  await page.getByRole("checkbox", { name: "I am on call this week" }).check();
  await page.getByRole("heading", { name: /^On call / }).waitFor();
  expect(await page.getByRole("heading", { name: /^On call [vw]\. 48 · 24–30 Nov/ }).count()).toBe(
    1,
  );
  expect(await page.locator(".stats").innerText()).toMatch(/4\s500\skr/);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.reload();
  await page.getByRole("navigation", { name: "Views" }).waitFor();
  await page.getByRole("link", { name: "Week report" }).waitFor();
  await context.close();
});

test("an SLA alert shows on the Now view (and as a notification) once its lead time is reached", async () => {
  const { page, context } = await openApp(session.browser, session.server, { now: MONDAY_10 });
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByRole("heading", { name: /^Incident / }).waitFor();
  await page.getByRole("link", { name: "Nu" }).click();

  // P2 (the default): respond by 13:00. Not an alert yet: a calm countdown.
  const alerts = page.getByRole("alert", { name: "Larm" });
  await page.getByText("P2 svar senast 13:00").waitFor();
  expect(await alerts.innerText()).toBe("");

  // 14 minutes before the deadline (lead time 15 min): the alarm look and a notification.
  await advanceClock(page, 2 * 60 * MINUTE + 46 * MINUTE);
  await expect.poll(() => alerts.innerText()).toMatch(/P2 svar senast 13:00\s+om 14\smin/);
  await page.locator(".toast").first().waitFor();

  // Past the deadline it says how late it is.
  await advanceClock(page, 20 * MINUTE);
  await expect.poll(() => alerts.innerText()).toMatch(/passerad för 6\smin sedan/);

  // Clicking the notification opens its incident.
  await page.locator(".toast").first().click();
  await page.getByRole("heading", { name: /^Incident / }).waitFor();
  await context.close();
});
