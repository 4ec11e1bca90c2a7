import { describe, expect, it } from "vitest";
import { emptyJourData } from "../../../../shared/app/data/document";
import { parseJourData } from "../../../../shared/app/data/checker";
import { HOUR, MINUTE, rig } from "../fakes";

/** Tuesday 24 November 2026 in Stockholm (UTC+1), a working day 08:00–17:00. */
const at = (hhmm: string, date = "2026-11-24") => Date.parse(`${date}T${hhmm}:00+01:00`);

/** A call from `from` to `to` through the tray: create (the timer starts), then stop. */
async function call(r: ReturnType<typeof rig>, from: number, to: number) {
  r.clock.set(from);
  await r.app.createIncident();
  r.clock.set(to);
  await r.app.stopTimer();
}

describe("rest after night work in the app", () => {
  it("Now and a notification say when work may start after a call 02:10–03:40", async () => {
    const r = rig({ now: at("02:00") });
    r.clock.set(at("02:10"));
    await r.app.createIncident();
    r.clock.set(at("03:00"));
    // The night's work is not over while the timer runs.
    expect((await r.app.getStatus()).rest).toBeNull();
    expect(await r.app.checkAlerts()).toEqual([]);
    expect(r.notifier.sent).toEqual([]);

    r.clock.set(at("03:40"));
    await r.app.stopTimer();
    const rest = (await r.app.getStatus()).rest;
    expect(rest?.text).toBe(
      "Dygnsvila: arbetade 02:10–03:40. För 11 h vila, börja tidigast 14:40 i dag",
    );
    expect(rest?.earliestStart).toBe(at("14:40"));
    expect(rest?.shortMs).toBe(6 * HOUR + 40 * MINUTE);

    r.clock.set(at("03:40") + 15_000);
    await r.app.checkAlerts();
    expect(r.notifier.sent).toEqual([{ title: "Dygnsvila", body: rest?.text, urgent: false }]);
    // Once: not again on the next tick, nor after a restart.
    await r.app.checkAlerts();
    const restarted = r.restart();
    await restarted.app.checkAlerts();
    expect(r.notifier.sent).toHaveLength(1);

    // Gone once work may start.
    r.clock.set(at("14:40"));
    expect((await restarted.app.getStatus()).rest).toBeNull();
  });

  it("an evening call speaks of tomorrow, in English too", async () => {
    const r = rig({ now: at("21:00", "2026-11-23") });
    await r.app.updateSettings({ language: "en" });
    await call(r, at("22:00", "2026-11-23"), at("23:00", "2026-11-23"));
    expect((await r.app.getStatus()).rest?.text).toBe(
      "Daily rest: worked 22:00–23:00. For 11 h of rest, start at 10:00 tomorrow at the earliest",
    );
  });

  it("a call that leaves the minimum says nothing", async () => {
    const r = rig({ now: at("19:00", "2026-11-23") });
    await call(r, at("20:00", "2026-11-23"), at("21:00", "2026-11-23"));
    expect((await r.app.getStatus()).rest).toBeNull();
    await r.app.checkAlerts();
    expect(r.notifier.sent).toEqual([]);
  });

  it("each part can be switched off", async () => {
    const r = rig({ now: at("02:00") });
    const rest = (await r.app.getSettings()).rest;
    await r.app.updateSettings({
      rest: { ...rest, showOnNow: false, notify: false, inReport: false },
    });
    await call(r, at("02:10"), at("03:40"));
    expect((await r.app.getStatus()).rest).toBeNull();
    await r.app.checkAlerts();
    expect(r.notifier.sent).toEqual([]);
    const report = await r.app.getReport({ weeks: [at("12:00")] });
    expect(report.weeks[0]?.rest).toBeNull();
  });

  it("the Week report lists the short days and the week's longest rest; the CSV the same", async () => {
    const r = rig({ now: at("02:00") });
    await call(r, at("02:10"), at("03:40"));
    await call(r, at("12:00", "2026-11-28"), at("13:00", "2026-11-28"));
    await call(r, at("20:00", "2026-11-29"), at("21:00", "2026-11-29"));
    r.clock.set(at("12:00", "2026-11-30"));
    const report = await r.app.getReport({ weeks: [at("12:00")] });
    const rest = report.weeks[0]?.rest;
    expect(rest?.shortDays).toEqual([
      {
        date: "2026-11-24",
        restMs: 4 * HOUR + 20 * MINUTE,
        shortMs: 6 * HOUR + 40 * MINUTE,
        earliestStart: at("14:40"),
      },
    ]);
    // Saturday 13:00 to Sunday 20:00 is the longest: 31 h against 36 h.
    expect(rest?.longestRestMs).toBe(31 * HOUR);
    expect(rest?.weeklyShortMs).toBe(5 * HOUR);

    // The default CSV style is for a Swedish spreadsheet, as the other exports.
    const excel = await r.app.exportRestCsv();
    expect(excel.startsWith("\ufeff")).toBe(true);
    expect(excel.slice(1).trimEnd().split("\r\n")).toEqual([
      "Vecka;Vila;Datum;Vila (h);Minst (h);Saknas (h)",
      "2026-W48;dygnsvila;2026-11-24;4,33;11;6,67",
      "2026-W48;veckovila;;31;36;5",
    ]);
    await r.app.updateSettings({ language: "en" });
    expect((await r.app.exportRestCsv()).slice(1).split("\r\n").slice(0, 2)).toEqual([
      "Week;Rest;Date;Rest (h);Minimum (h);Short (h)",
      "2026-W48;daily rest;2026-11-24;4,33;11;6,67",
    ]);
    // For programs: the keys, commas, decimal points and no BOM.
    await r.app.updateSettings({ csvStyle: "rfc4180" });
    expect((await r.app.exportRestCsv()).trimEnd().split("\r\n")).toEqual([
      "week,kind,date,restHours,minimumHours,shortHours",
      "2026-W48,daily,2026-11-24,4.33,11,6.67",
      "2026-W48,weekly,,31,36,5",
    ]);
  });

  it("a week in progress: its longest rest so far, the days not lived yet are no rest", async () => {
    // Tuesday 02:10–03:40 and the regular days 08:00–17:00: on Wednesday 12:00 the longest
    // rest so far is Tuesday 17:00 to Wednesday 08:00, not the weekend still to come, and
    // it is not called short before the week ends.
    const r = rig({ now: at("02:00") });
    await call(r, at("02:10"), at("03:40"));
    r.clock.set(at("12:00", "2026-11-26"));
    const during = (await r.app.getReport({ weeks: [at("12:00")] })).weeks[0]?.rest;
    expect(during?.soFar).toBe(true);
    expect(during?.longestRestMs).toBe(15 * HOUR);
    expect(during?.weeklyShortMs).toBe(0);
    // After the handover the whole week counts.
    r.clock.set(at("12:00", "2026-12-01"));
    const after = (await r.app.getReport({ weeks: [at("12:00")] })).weeks[0]?.rest;
    expect(after?.soFar).toBe(false);
    // Friday 17:00 to the handover: the weekend.
    expect(after?.longestRestMs).toBeGreaterThan(48 * HOUR);
  });

  it("the rest settings are checked with the field named, and older files get the defaults", async () => {
    const r = rig();
    const rest = (await r.app.getSettings()).rest;
    await expect(
      r.app.updateSettings({
        rest: { ...rest, regular: { days: [1], start: "17:00", end: "08:00" } },
      }),
    ).rejects.toThrow(/^settings\.rest\.regular\.end:/);
    await expect(r.app.updateSettings({ rest: { ...rest, dailyRestHours: 30 } })).rejects.toThrow(
      /^settings\.rest\.dailyRestHours:/,
    );
    expect((await r.app.getSettings()).rest).toEqual(rest);

    const old = JSON.parse(JSON.stringify(emptyJourData())) as {
      settings: Record<string, unknown>;
    };
    delete old.settings["rest"];
    expect(parseJourData(old).settings.rest).toEqual(rest);
  });
});
