import { expect, test } from "vitest";
import type { Locator } from "playwright-core";
import { MINUTE, MONDAY_2140, advanceClock, openApp, useBrowserSession } from "./harness";

const session = useBrowserSession();

test("a call becomes an incident whose time lands in the week report and its copied text", async () => {
  const { page, context, problems, opened } = await openApp(session.browser, session.server, {
    now: MONDAY_2140,
  });

  // A customer with its links, so the runbook's quick links have somewhere to go.
  await page.getByRole("link", { name: "Inställningar" }).click();
  await page.getByRole("button", { name: "Kunder", exact: true }).click();
  await page.getByRole("button", { name: "Lägg till kund" }).click();
  await page.getByLabel("Kund 1: Namn").fill("Acme AB");
  await page.getByLabel("Kund 1: New Relic-adress").fill("https://one.newrelic.com/apm/acme");
  await page.getByLabel("Kund 1: ELMAH-adress").fill("https://acme.example/elmah.axd");
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect.poll(() => page.getByText("Inställningarna är sparade.").count()).toBe(1);

  // The call arrives: one click starts the incident and its timer.
  await page.getByRole("link", { name: "Nu" }).click();
  await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
  await page.getByRole("heading", { name: /^Incident / }).waitFor();
  // Not marked held: the call asks once whose week it is (DOMAIN §4); it is ours.
  await page.getByRole("button", { name: "Ja, min jourvecka" }).click();
  await page.getByLabel("Kund", { exact: true }).selectOption({ label: "Acme AB" });
  await page.getByRole("radio", { name: /^P1/ }).check();
  await page.getByLabel("Sammanfattning").fill("Kassan ger fel 500");
  await page.getByRole("button", { name: "Spara incidenten" }).click();
  await page.getByRole("status").filter({ hasText: "Sparat." }).waitFor();

  // The runbook's quick links open outside the window, filled for this incident.
  const popup = context.waitForEvent("page");
  await page.getByRole("button", { name: "Öppna one.newrelic.com" }).click();
  await (await popup).waitForLoadState();
  await page.getByRole("button", { name: "Öppna acme.example" }).click();
  await expect
    .poll(() => opened.join(" "))
    .toMatch(/https:\/\/one\.newrelic\.com\/apm\/acme\?begin=\d+&end=\d+/);
  await expect.poll(() => opened.join(" ")).toContain("https://acme.example/elmah.axd");
  expect(page.url()).toContain("127.0.0.1"); // the window itself never navigated away

  await page.getByRole("checkbox", { name: "Undersök i New Relic" }).check();
  await expect
    .poll(() => page.getByRole("checkbox", { name: "Undersök i New Relic" }).isChecked())
    .toBe(true);

  // Responded after 5 minutes; the timer runs on to 23:00 (20 min Taxa 1, 60 min Taxa 3).
  await advanceClock(page, 5 * MINUTE);
  await page.getByRole("button", { name: "Besvarad", exact: true }).click();
  await page.getByText(/✓ Besvarad mån 24 nov\.? 21:45/).waitFor();
  await advanceClock(page, 75 * MINUTE);
  await expect.poll(() => page.getByRole("timer").textContent()).toBe("01:20:00");
  await page.getByRole("button", { name: "Stoppa timer" }).click();
  await page.getByRole("button", { name: "Starta timer" }).waitFor();

  // The week report: the split, the pay, and the exact organizer text on the clipboard.
  await page.getByRole("link", { name: "Veckorapport" }).click();
  const table = page.getByRole("table", { name: /v\. 48/ });
  await expect.poll(() => rowText(table, "Taxa 1")).toBe("Taxa 1 0,5 h 145 kr");
  await expect.poll(() => rowText(table, "Taxa 3")).toBe("Taxa 3 1 h 600 kr");
  await expect.poll(() => rowText(table, "Totalt")).toBe("Totalt 1,5 h 5 245 kr");
  await page.getByRole("img", { name: /Arbetad tid per dag och taxa, v\. 48/ }).waitFor();
  await page.getByRole("button", { name: "Kopiera texten" }).click();
  await page.getByText("Kopierat till urklipp.").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe("1 x Jourvecka\nTaxa 1: 0,5h\nTaxa 3: 1h");

  // The incident lacks a Jira key, and the report says so.
  await page.getByText("Jira-nyckel saknas").waitFor();
  // The week is still in progress: marking it asks first (issue 21.5).
  await page.getByRole("button", { name: "Markera som rapporterad" }).click();
  const question = page.getByRole("dialog", { name: "Markera v. 48 som rapporterad?" });
  await question.getByRole("button", { name: "Markera ändå" }).click();
  await page.getByRole("button", { name: "Markera som ej rapporterad" }).waitFor();

  expect(problems).toEqual([]);
  await context.close();
}, 90_000);

async function rowText(table: Locator, header: string): Promise<string> {
  const row = table.getByRole("row", { name: new RegExp(`^${header}`) });
  const text = await row.innerText();
  return text.replace(/\s+/g, " ").trim();
}
