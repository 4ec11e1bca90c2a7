import { describe, expect, it } from "vitest";
import { formatSpanText } from "../../../../shared/app/texts/format";
import { textsFor } from "../../../../shared/app/texts/texts";
import { HOUR, MINUTE, MONDAY_10, rig } from "../fakes";

/** Durations a person reads: "nyss" under a minute, days past 48 h, never "25 375 h". */

const DAY = 24 * HOUR;

describe("spans in the core's texts", () => {
  it("minutes and hours up to 48 h, then days and hours, in Swedish and English", () => {
    expect(formatSpanText(12 * MINUTE, "sv")).toBe("12 min");
    expect(formatSpanText(47 * HOUR + 59 * MINUTE, "sv")).toBe("47 h 59 min");
    expect(formatSpanText(48 * HOUR, "sv")).toBe("2 dagar");
    expect(formatSpanText(3 * DAY + 5 * HOUR, "sv")).toBe("3 dagar 5 h");
    expect(formatSpanText(3 * DAY, "en")).toBe("3 days");
    expect(formatSpanText(25_375 * HOUR, "sv")).toBe("1057 dagar 7 h");
  });

  it("a deadline passed under a minute ago says nyss / just now", () => {
    expect(textsFor("sv").passedAgo(1, "response", 59_999)).toBe("P1 svarstiden passerade nyss");
    expect(textsFor("en").passedAgo(2, "rollback", 0)).toBe("P2 rollback deadline passed just now");
    expect(textsFor("sv").passedAgo(1, "response", MINUTE)).toBe(
      "P1 svarstiden passerade för 1 min sedan",
    );
    expect(textsFor("sv").passedAgo(1, "response", 3 * DAY)).toBe(
      "P1 svarstiden passerade för 3 dagar sedan",
    );
    expect(textsFor("en").passedAgo(1, "response", 3 * DAY)).toBe("P1 deadline passed 3 days ago");
  });

  it("an alert late by days after the app was closed says days", async () => {
    const first = rig();
    await first.app.createIncident({ priority: 1 }); // respond by 11:00
    const later = first.restart();
    later.clock.set(MONDAY_10 + HOUR + 3 * DAY + 2 * HOUR);
    await later.app.checkAlerts();
    expect(later.notifier.sent.map((n) => n.title)).toEqual([
      "P1 svarstiden passerade för 3 dagar 2 h sedan",
    ]);
  });

  it("an alert a few seconds late says nyss", async () => {
    const r = rig();
    await r.app.createIncident({ priority: 1 });
    r.clock.set(MONDAY_10 + HOUR + 30_000);
    await r.app.checkAlerts();
    expect(r.notifier.sent.map((n) => n.title)).toEqual(["P1 svarstiden passerade nyss"]);
  });
});
