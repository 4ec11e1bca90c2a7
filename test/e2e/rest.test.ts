import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { MINUTE, TRAY, advanceClock, openApp, screenshot, useBrowserSession } from "./harness";

const session = useBrowserSession();

/** Tuesday 24 November 2026, 02:10 in Stockholm: a call in the night before a working day. */
const TUESDAY_0210 = Date.parse("2026-11-24T02:10:00+01:00");

test("after a night call, Now says when work may start; the report lists the short day", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: TUESDAY_0210,
    viewport: TRAY,
  });
  try {
    await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
    await advanceClock(page, 90 * MINUTE);
    await page.getByRole("link", { name: "Nu" }).click();
    await page.getByRole("button", { name: "Stoppa timer" }).first().click();
    const advice = page.getByText(
      "Dygnsvila: arbetade 02:10–03:40. För 11 h vila, börja tidigast 14:40 i dag",
    );
    await advice.waitFor();
    await screenshot(page, "rest-now-sv-tray");

    await page.getByRole("link", { name: "Veckorapport" }).click();
    const section = page.getByRole("region", { name: "Vila v. 48" });
    await section.waitFor();
    const row = section.getByRole("row", { name: /tis 24/ });
    await expect(row.textContent()).resolves.toMatch(/4\s*h 20\s*min.*6\s*h 40\s*min/);
    await screenshot(page, "rest-report-sv-tray");

    await page.getByRole("link", { name: "Inställningar" }).click();
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("link", { name: "Now" }).click();
    await page
      .getByText(
        "Daily rest: worked 02:10–03:40. For 11 h of rest, start at 14:40 today at the earliest",
      )
      .waitFor();
    await screenshot(page, "rest-now-en-tray");

    // Once work may start, the advice goes.
    await advanceClock(page, 11 * 60 * MINUTE);
    await page.getByRole("link", { name: "Now" }).click();
    await page.getByRole("button", { name: "Start incident (call received)" }).waitFor();
    await page.getByText(/Daily rest:/).waitFor({ state: "detached" });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the rest CSV follows the CSV setting: Swedish Excel by default, in the window's language", async () => {
  const { page, context, problems } = await openApp(session.browser, session.server, {
    now: TUESDAY_0210,
  });
  try {
    await page.getByRole("button", { name: "Starta incident (samtal mottaget)" }).click();
    await advanceClock(page, 90 * MINUTE);
    await page.getByRole("link", { name: "Nu" }).click();
    await page.getByRole("button", { name: "Stoppa timer" }).first().click();
    await page.getByText(/^Dygnsvila: arbetade 02:10–03:40/).waitFor();
    // After the week, so that its longest rest is known.
    await advanceClock(page, 7 * 24 * 60 * MINUTE);

    const restCsv = async (button: string): Promise<Buffer> => {
      await page.getByRole("link", { name: /^(Historik|History)$/ }).click();
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe("jour-rest.csv");
      return readFile(await file.path());
    };
    const lines = (bytes: Buffer) =>
      bytes
        .toString("utf8")
        .replace(/^\ufeff/, "")
        .trimEnd()
        .split("\r\n");

    const sv = await restCsv("Exportera vila (CSV)");
    expect([...sv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
    expect(lines(sv).slice(0, 2)).toEqual([
      "Vecka;Vila;Datum;Vila (h);Minst (h);Saknas (h)",
      "2026-W48;dygnsvila;2026-11-24;4,33;11;6,67",
    ]);
    await screenshot(page, "rest-csv-history-sv");

    await page.getByRole("link", { name: "Inställningar" }).click();
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    const en = await restCsv("Export rest (CSV)");
    expect([...en.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines(en).slice(0, 2)).toEqual([
      "Week;Rest;Date;Rest (h);Minimum (h);Short (h)",
      "2026-W48;daily rest;2026-11-24;4,33;11;6,67",
    ]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
