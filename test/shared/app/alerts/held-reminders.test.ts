import { describe, expect, it } from "vitest";
import { emptyJourData } from "../../../../shared/app/data/document";
import type { AppSettings } from "../../../../shared/app/settings/settings";
import { HOUR, MINUTE, rig, type TestRig } from "../fakes";

const TICK = 15_000;
const DAY = 24 * HOUR;
/** Week 48 of 2025: Monday 24 Nov 00:00 to Monday 1 Dec 00:00 in Stockholm (UTC+1). */
const W48 = Date.UTC(2025, 10, 23, 23);
const W49 = W48 + 7 * DAY;
const PORTAL = "https://portal.telenor.example/vidarekoppling";

/** Every second week from week 48 of 2025, set up on Sunday 23 Nov at 20:00. */
async function setUp(settings: Partial<AppSettings> = {}): Promise<TestRig> {
  const base = emptyJourData().settings;
  const r = rig({
    now: W48 - 4 * HOUR,
    tickMs: TICK,
    settings: { links: { ...base.links, callForwardingPortal: PORTAL }, ...settings },
  });
  await r.app.setRotation({ rotation: { everyWeeks: 2, fromYear: 2025, fromIsoWeek: 48 } });
  return r;
}

/** Checks at `at` and returns what was sent then. */
async function sentAt(r: TestRig, at: number) {
  r.clock.set(at);
  const before = r.notifier.sent.length;
  await r.app.checkAlerts();
  return r.notifier.sent.slice(before);
}
const titles = async (r: TestRig, at: number) => (await sentAt(r, at)).map((n) => n.title);

describe("the handover reminder into a held week", () => {
  it("fires once at the handover, and a click opens the call forwarding portal", async () => {
    const r = await setUp();
    expect(await titles(r, W48 - 20_000)).toEqual([]);
    const [sent, ...more] = await sentAt(r, W48 + 5_000);
    expect(more).toEqual([]);
    expect(sent).toMatchObject({
      title: "Din jourvecka börjar: vidarekoppla telefonen",
      target: { kind: "url", url: PORTAL },
      urgent: false,
    });
    expect(sent?.body).toContain("v. 48, 24–30 nov");
    expect(sent?.body).not.toContain("sedan");
    expect(await titles(r, W48 + 15_000)).toEqual([]);
    // A restart repeats nothing: the reminder is recorded like an SLA alert.
    const again = r.restart();
    expect(await titles(again, W48 + HOUR)).toEqual([]);
  });

  it("fires once on wake, marked late, when the machine slept through the handover", async () => {
    const r = await setUp();
    expect(await titles(r, W48 - 2 * HOUR)).toEqual([]);
    const sent = await sentAt(r, W48 + 7 * HOUR);
    expect(sent.map((n) => n.title)).toEqual(["Din jourvecka börjar: vidarekoppla telefonen"]);
    expect(sent[0]?.body).toContain("(för 7 h sedan)");
  });

  it("does not fire in a week not held, nor when switched off, nor without a portal link", async () => {
    const r = await setUp();
    expect(await titles(r, W49 + MINUTE)).not.toContain(
      "Din jourvecka börjar: vidarekoppla telefonen",
    );
    const off = await setUp({
      handoverReminders: { weekStart: false, weekEnd: true, unreported: true },
    });
    expect(await titles(off, W48 + 5_000)).toEqual([]);
    const base = emptyJourData().settings;
    const noLink = await setUp({ links: base.links });
    const [sent] = await sentAt(noLink, W48 + 5_000);
    expect(sent?.target).toBeUndefined();
    expect(sent?.body).toBe("Jourveckan v. 48, 24–30 nov.");
  });
});

describe("the reminder at the end of a held week", () => {
  it("fires once at the handover out of it; a click opens the week report", async () => {
    const r = await setUp();
    await sentAt(r, W48 + 5_000);
    expect(await titles(r, W49 - 10_000)).toEqual([]);
    const sent = await sentAt(r, W49 + 1_000);
    expect(sent).toMatchObject([
      { title: "Jourveckan är slut: rapportera veckan", target: { kind: "view", view: "report" } },
    ]);
    expect(sent[0]?.body).toContain("v. 48");
    expect(await titles(r, W49 + 11_000)).toEqual([]);
  });

  it("is not sent for a week already reported, nor when switched off", async () => {
    const r = await setUp();
    await r.app.markWeeksReported({ weeks: [W48 + DAY], reported: true, confirmRunning: true });
    expect(await titles(r, W49 + 1_000)).toEqual([]);
    const off = await setUp({
      handoverReminders: { weekStart: true, weekEnd: false, unreported: false },
    });
    expect(await titles(off, W49 + 1_000)).toEqual([]);
  });

  it("after a sleep across the end, fires once late and not also as unreported", async () => {
    const r = await setUp();
    await sentAt(r, W48 + 5_000);
    const sent = await sentAt(r, W49 + 9 * HOUR);
    expect(sent.map((n) => n.title)).toEqual(["Jourveckan är slut: rapportera veckan"]);
    expect(sent[0]?.body).toContain("(för 9 h sedan)");
  });

  it("fired days late, it says days, not hours", async () => {
    const r = await setUp();
    await sentAt(r, W48 + 5_000);
    const sent = await sentAt(r, W49 + 4 * DAY + 2 * HOUR);
    expect(sent[0]?.body).toContain("(för 4 dagar 2 h sedan)");
  });
});

describe("the reminder while an ended held week is unreported", () => {
  const unreported = "Orapporterad jourvecka";

  /** Week 48 ended and its end reminder went out; the app runs on. */
  async function ended(settings: Partial<AppSettings> = {}) {
    const r = await setUp(settings);
    await sentAt(r, W48 + 5_000);
    await sentAt(r, W49 + 1_000);
    return r;
  }

  it("fires at start or wake, at most once a day, never on a plain tick", async () => {
    const r = await ended();
    const T = W49 + DAY + 8 * HOUR; // Tuesday 08:00, after a night asleep
    const sent = await sentAt(r, T);
    expect(sent).toMatchObject([{ title: unreported, target: { kind: "view", view: "report" } }]);
    expect(sent[0]?.body).toContain("v. 48");
    expect(await titles(r, T + 4 * HOUR)).toEqual([]); // a wake within the day
    expect(await titles(r, T + DAY - 20_000)).toEqual([]); // a wake within the day
    expect(await titles(r, T + DAY + 5_000)).toEqual([]); // a tick, 25 s later
    expect(await titles(r, T + DAY + 10 * MINUTE)).toEqual([unreported]); // the next wake
    // A restart within the day is a start, but the day's reminder went out already.
    expect(await titles(r.restart(), T + DAY + HOUR)).toEqual([]);
    // The recorded keys do not grow by one a day.
    const keys = r.app.snapshot().firedAlerts.filter((k) => k.includes("unreported"));
    expect(keys).toHaveLength(1);
  });

  it("fires at start after the app was closed a day", async () => {
    const r = await ended();
    expect(await titles(r.restart(), W49 + 2 * DAY)).toEqual([unreported]);
  });

  it("stops once the week is reported, and when switched off", async () => {
    const r = await ended();
    await r.app.markWeeksReported({ weeks: [W48 + DAY], reported: true, confirmRunning: true });
    expect(await titles(r, W49 + 2 * DAY)).toEqual([]);
    const off = await ended({
      handoverReminders: { weekStart: true, weekEnd: true, unreported: false },
    });
    expect(await titles(off, W49 + 2 * DAY)).toEqual([]);
  });

  it("names a few of many unreported weeks", async () => {
    const r = await ended();
    await r.app.setRotation({ rotation: { everyWeeks: 1, fromYear: 2025, fromIsoWeek: 40 } });
    const sent = (await sentAt(r, W49 + 2 * DAY)).find((n) => n.title === unreported);
    expect(sent?.body).toBe(
      "Inte rapporterad än: v. 40, v. 41, …, v. 47, v. 48. Klicka för att öppna veckorapporten.",
    );
  });

  it("says it in English", async () => {
    const r = await ended({ language: "en" });
    expect(await titles(r, W49 + 2 * DAY)).toEqual(["Unreported on-call week"]);
  });
});
