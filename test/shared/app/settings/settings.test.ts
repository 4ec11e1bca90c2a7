import { describe, expect, it } from "vitest";
import { defaultAppSettings } from "../../../../shared/app/settings/settings";
import { customer, rig } from "../fakes";

describe("settings", () => {
  it("starts from the defaults: rules of DOMAIN §6, P2, 15 minutes' warning, Swedish", async () => {
    const { app } = rig();
    const settings = await app.getSettings();
    expect(settings).toEqual(await app.getDefaultSettings());
    expect(settings.rules).toMatchObject({
      timeZone: "Europe/Stockholm",
      weekStartsOn: 1,
      rounding: "half",
    });
    expect(settings).toMatchObject({
      alertLeadMinutes: [15],
      defaultPriority: 2,
      language: "sv",
      startAtLogin: false,
      globalShortcut: "CommandOrControl+Alt+J",
    });
    expect(settings.runbook).toHaveLength(7);
  });

  it("refuses an SLA time over a month, naming the field, and changes nothing", async () => {
    const { app } = rig();
    const defaults = defaultAppSettings();
    const sla = { p1Hours: 3e9, p2Hours: 3, p3HoursAfterOpening: 3, rollbackHours: 1 };
    await expect(app.updateSettings({ rules: { ...defaults.rules, sla } })).rejects.toThrow(
      /sla\.p1Hours/,
    );
    expect(await app.getSettings()).toEqual(defaults);
  });

  it("updates the given fields and keeps the others", async () => {
    const { app } = rig();
    const defaults = defaultAppSettings();
    const updated = await app.updateSettings({
      rules: { ...defaults.rules, rounding: "quarter" },
      customers: [customer],
      alertLeadMinutes: [30, 10],
      language: "en",
    });
    expect(updated.rules.rounding).toBe("quarter");
    expect(updated.customers).toEqual([customer]);
    expect(updated.runbook.map((step) => [step.id, step.link])).toEqual(
      defaults.runbook.map((step) => [step.id, step.link]),
    );
    expect(await app.getSettings()).toEqual(updated);
  });

  it("speaks the new language in the default runbook steps, and keeps the user's words", async () => {
    const { app } = rig();
    const defaults = defaultAppSettings();
    const edited = defaults.runbook.map((step) =>
      step.id === "fix" ? { ...step, text: "Ring Anna om databasen" } : step,
    );
    await app.updateSettings({
      runbook: [...edited, { id: "own", text: "Egen punkt", link: "" }],
    });
    const english = await app.updateSettings({ language: "en" });
    const text = (id: string) => english.runbook.find((step) => step.id === id)?.text;
    expect(text("call")).toBe("Move the call to Teams if the line is poor");
    expect(text("new-relic")).toBe("Investigate in New Relic");
    expect(text("fix")).toBe("Ring Anna om databasen");
    expect(text("own")).toBe("Egen punkt");
    expect(english.runbook.map((step) => step.link)).toEqual([
      ...defaults.runbook.map((step) => step.link),
      "",
    ]);
    // And back: the defaults are the Swedish ones again, exactly.
    const swedish = await app.updateSettings({ language: "sv" });
    expect(swedish.runbook).toEqual([...edited, { id: "own", text: "Egen punkt", link: "" }]);
  });

  it.each([
    [
      { rules: { ...defaultAppSettings().rules, timeZone: "Mars/Olympus" } },
      "settings.rules.timeZone",
    ],
    [
      { rules: { ...defaultAppSettings().rules, rates: { 1: -1, 2: 400, 3: 600 } } },
      "settings.rules.rates.1",
    ],
    [
      { rules: { ...defaultAppSettings().rules, handoverTime: "24:00" } },
      "settings.rules.handoverTime",
    ],
    [
      {
        rules: {
          ...defaultAppSettings().rules,
          office: { days: [1], open: "17:00", close: "08:00" },
        },
      },
      "settings.rules.office.close",
    ],
    [{ customers: [{ ...customer, siteUrl: "ftp://acme" }] }, "settings.customers.0.siteUrl"],
    [{ customers: [customer, customer] }, "settings.customers"],
    [{ alertLeadMinutes: [0] }, "settings.alertLeadMinutes.0"],
    [{ language: "de" }, "settings.language"],
    [{ defaultPriority: 4 }, "settings.defaultPriority"],
    [
      { links: { ...defaultAppSettings().links, callLink: "javascript:alert(1)" } },
      "settings.links.callLink",
    ],
  ])("refuses a bad value, naming the field, and changes nothing (%#)", async (patch, field) => {
    const { app } = rig();
    const before = await app.exportData();
    await expect(app.updateSettings(patch as never)).rejects.toThrow(
      new RegExp(`^${field.replaceAll(".", "\\.")}:`),
    );
    expect(await app.exportData()).toBe(before);
  });

  it("hands out copies: editing a returned object changes nothing stored", async () => {
    const { app } = rig();
    const settings = await app.getSettings();
    settings.alertLeadMinutes.push(99);
    expect((await app.getSettings()).alertLeadMinutes).toEqual([15]);
  });

  it("lists the Swedish holidays of any year from 2005", async () => {
    const { app } = rig();
    const list = await app.getHolidays({ year: 2025 });
    expect(list).toContainEqual({ date: "2025-06-20", name: "Midsommarafton", kind: "afton" });
    expect(list).toContainEqual({ date: "2025-04-18", name: "Långfredagen", kind: "helgdag" });
    await expect(app.getHolidays({ year: 2004 })).rejects.toThrow(/^year:/);
  });
});
