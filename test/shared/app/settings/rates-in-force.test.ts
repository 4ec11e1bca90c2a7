import { describe, expect, it } from "vitest";
import { settingsInForce } from "../../../../shared/app/settings/rates-in-force";
import { defaultAppSettings, type AppSettings } from "../../../../shared/app/settings/settings";
import type { RateEntry } from "../../../../shared/app/settings/rate-history";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/** Issue 21.4: the allowance, the storhelg supplement and the rates carry a "from week". */

const WEEK = 7 * 24 * HOUR;
/** The handover starting week 48 of 2025 (Monday 24 Nov 00:00 in Stockholm). */
const HANDOVER_48 = Date.UTC(2025, 10, 23, 23, 0);
const FIRST = defaultAppSettings().rateHistory[0] as RateEntry;

const raise = (from: number | null, rate1: number, weeklySek = 4500): RateEntry => ({
  from,
  allowance: { weeklySek, storhelgSupplement: 0.5 },
  rates: { 1: rate1, 2: 400, 3: 600 },
});

describe("settingsInForce", () => {
  const settings: AppSettings = {
    ...defaultAppSettings(),
    rateHistory: [FIRST, raise(HANDOVER_48 + 2 * WEEK, 310, 4700), raise(HANDOVER_48, 300)],
  };

  it("gives each week the latest entry starting at or before its handover", () => {
    expect(settingsInForce(settings, HANDOVER_48 - WEEK).rules.rates[1]).toBe(290);
    expect(settingsInForce(settings, HANDOVER_48).rules.rates[1]).toBe(300);
    expect(settingsInForce(settings, HANDOVER_48 + WEEK).rules.rates[1]).toBe(300);
    const later = settingsInForce(settings, HANDOVER_48 + 2 * WEEK);
    expect(later.rules.rates[1]).toBe(310);
    expect(later.rules.allowance.weeklySek).toBe(4700);
    // The rest of the settings are the week's too.
    expect(later.rules.timeZone).toBe(settings.rules.timeZone);
    expect(later.customers).toBe(settings.customers);
  });

  it("pays a week before every entry with the earliest, and keeps one object per entry", () => {
    const dated = { ...defaultAppSettings(), rateHistory: [raise(HANDOVER_48, 300)] };
    expect(settingsInForce(dated, HANDOVER_48 - 10 * WEEK).rules.rates[1]).toBe(300);
    expect(settingsInForce(settings, HANDOVER_48)).toBe(settingsInForce(settings, HANDOVER_48 + 1));
    // The entry whose values are the settings' own: the settings themselves.
    expect(settingsInForce(settings, HANDOVER_48 - WEEK)).toBe(settings);
  });
});

describe("changing the rates from a week", () => {
  it("stores each entry from its week's handover, oldest first, the rules' rates the latest", async () => {
    const { app } = rig();
    const current = await app.getSettings();
    // Any instant of the week stands for it: Wednesday of week 50.
    const wednesday50 = HANDOVER_48 + 2 * WEEK + 2.5 * 24 * HOUR;
    const updated = await app.updateSettings({
      rateHistory: [raise(wednesday50, 310), ...current.rateHistory],
    });
    expect(updated.rateHistory).toEqual([FIRST, raise(HANDOVER_48 + 2 * WEEK, 310)]);
    expect(updated.rules.rates).toEqual({ 1: 310, 2: 400, 3: 600 });
    expect(await app.getSettings()).toEqual(updated);
  });

  it.each([
    [{ rateHistory: [] }, "settings.rateHistory", /keep at least one entry of rates/],
    [
      { rateHistory: [FIRST, { ...raise(HANDOVER_48, 300), rates: { 1: -5, 2: 400, 3: 600 } }] },
      "settings.rateHistory.1.rates.1",
      /must be at least 0/,
    ],
    [
      { rateHistory: [FIRST, { ...raise(HANDOVER_48, 300), from: Number.NaN }] },
      "settings.rateHistory.1.from",
      /./,
    ],
    [
      { rateHistory: [FIRST, raise(HANDOVER_48, 300), raise(HANDOVER_48 + 3 * 24 * HOUR, 310)] },
      "settings.rateHistory.2.from",
      /has rates already \(row 2\)/,
    ],
    [{ rateHistory: [FIRST, raise(null, 300)] }, "settings.rateHistory.1.from", /already/],
    [
      { rules: { ...defaultAppSettings().rules, rates: { 1: 310, 2: 400, 3: 600 } } },
      "settings.rules.rates",
      /from a week/,
    ],
  ])(
    "refuses a bad history, naming the field, and changes nothing (%#)",
    async (patch, field, why) => {
      const { app } = rig();
      const before = await app.exportData();
      const failure = app.updateSettings(patch as never);
      await expect(failure).rejects.toThrow(new RegExp(`^${field.replaceAll(".", "\\.")}:`));
      await expect(failure).rejects.toThrow(why);
      expect(await app.exportData()).toBe(before);
    },
  );

  it("moves the entries with the week when the handover day changes", async () => {
    const { app } = rig();
    const current = await app.getSettings();
    await app.updateSettings({ rateHistory: [...current.rateHistory, raise(HANDOVER_48, 300)] });
    const wednesdays = await app.updateSettings({
      rules: { ...current.rules, weekStartsOn: 3, rates: { 1: 300, 2: 400, 3: 600 } },
    });
    // Week 48 from Monday held its middle on Thursday: the week from Wednesday 26 Nov.
    expect(wednesdays.rateHistory[1]?.from).toBe(HANDOVER_48 + 2 * 24 * HOUR);
  });

  it("keeps the history through export and import", async () => {
    const { app } = rig();
    const current = await app.getSettings();
    await app.updateSettings({ rateHistory: [...current.rateHistory, raise(HANDOVER_48, 300)] });
    const file = await app.exportData();
    const other = rig().app;
    await other.importData({ json: file });
    expect((await other.getSettings()).rateHistory).toEqual([FIRST, raise(HANDOVER_48, 300)]);
  });
});

describe("every week paid with its own rates", () => {
  /** Held weeks 48 and 50 with 1 h of Taxa 1 each; now in week 50. */
  async function twoWeeks() {
    const r = rig({ now: MONDAY_10 + 2 * WEEK + HOUR * 3 });
    const { id } = await r.app.createIncident();
    await r.app.stopTimer();
    for (const week of [MONDAY_10, MONDAY_10 + 2 * WEEK]) {
      await r.app.setOnDuty({ week, onDuty: true });
      await r.app.addInterval({ incidentId: id, start: week, end: week + 60 * MINUTE });
    }
    return r;
  }

  it("a reported week keeps its pay when Taxa 1 goes from 290 to 310 from the next week", async () => {
    const { app, clock } = await twoWeeks();
    await app.markWeeksReported({ weeks: [MONDAY_10], reported: true });
    const before = await app.getReport({ weeks: [MONDAY_10, MONDAY_10 + 2 * WEEK] });
    expect(before.weeks.map((w) => w.pay.totalSek)).toEqual([4790, 4790]);
    const current = await app.getSettings();
    // From week 51, the week after the one in progress.
    await app.updateSettings({
      rateHistory: [...current.rateHistory, raise(HANDOVER_48 + 3 * WEEK, 310)],
    });
    const after = await app.getReport({ weeks: [MONDAY_10, MONDAY_10 + 2 * WEEK] });
    expect(after.weeks.map((w) => w.pay.totalSek)).toEqual([4790, 4790]);
    expect(after.weeks[0]?.pay.inForce.rates[1]).toBe(290);
    // Week 51, once worked in, at 310.
    clock.set(MONDAY_10 + 3 * WEEK + 2 * HOUR);
    const { id } = await app.createIncident();
    await app.stopTimer();
    await app.addInterval({
      incidentId: id,
      start: MONDAY_10 + 3 * WEEK,
      end: MONDAY_10 + 3 * WEEK + HOUR,
    });
    const next = await app.getReport({ weeks: [MONDAY_10 + 3 * WEEK] });
    expect(next.weeks[0]?.pay).toMatchObject({
      inForce: { rates: { 1: 310 } },
      tariffSek: { 1: 310 },
      totalSek: 310,
    });
  });

  it("a raise from an earlier week pays that week and the later ones in the report, Now, the week and the CSV", async () => {
    const { app } = await twoWeeks();
    const current = await app.getSettings();
    await app.updateSettings({
      rateHistory: [...current.rateHistory, raise(HANDOVER_48 + WEEK, 310, 4700)],
    });
    const report = await app.getReport({ weeks: [MONDAY_10, MONDAY_10 + 2 * WEEK] });
    expect(report.weeks.map((w) => w.pay.totalSek)).toEqual([4790, 5010]);
    expect(report.weeks.map((w) => w.week.allowanceSek)).toEqual([4500, 4700]);
    expect((await app.getStatus()).pay.totalSek).toBe(5010);
    expect((await app.getWeek({ week: MONDAY_10 })).pay.totalSek).toBe(4790);
    expect((await app.getWeek({ week: MONDAY_10 + 2 * WEEK })).pay.totalSek).toBe(5010);
    const csv = await app.exportWeeklyPayCsv();
    expect(csv).toMatch(/4790/);
    expect(csv).toMatch(/5010/);
  });
});
