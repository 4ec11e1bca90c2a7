import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOUR, MINUTE, MONDAY_10, customer, rig } from "../fakes";

/** Jira's create link stays openable on Windows (≤ 2 000 characters, electron/electron#9987). */

const links = {
  callForwardingPortal: "https://portal.telenor.se",
  newRelic: "https://one.newrelic.com",
  jira: "https://agency.atlassian.net/",
  jiraProjectId: "10001",
  jiraIssueTypeId: "10004",
  callLink: "",
};

async function linkFor(summary: string, notes: string) {
  const r = rig();
  await r.app.updateSettings({ customers: [customer], links });
  const { id } = await r.app.createIncident({ priority: 1, customerId: "acme", summary });
  await r.app.updateIncident({ id, notes });
  const url = (await r.app.getChecklist({ id })).jiraCreateUrl ?? "";
  const query = url.split("?")[1] ?? "";
  const params = query.split("&").map((p) => p.split("=").map(decodeURIComponent));
  const param = (name: string) => params.find(([k]) => k === name)?.[1];
  return {
    url,
    summary: param("summary"),
    description: param("description") ?? "",
    labels: params.filter(([k]) => k === "labels").map(([, v]) => v),
  };
}

describe("the Jira create link", () => {
  it("a long note is cut with … in the timeline, and the link stays within 2 000", async () => {
    const notes = "Felsökning i ELMAH: ".repeat(70).slice(0, 1392);
    const link = await linkFor("Kassan ger fel 500", notes);
    expect(link.url.length).toBeLessThanOrEqual(2000);
    expect(link.summary).toBe("Acme AB: Kassan ger fel 500");
    expect(link.labels).toEqual(["Production", "Jour"]);
    const line = link.description.split("\n").find((l) => l.includes("Felsökning")) ?? "";
    expect(line.endsWith("…")).toBe(true);
    // The kept words are the note's own beginning, after the line's time stamp.
    const kept = line.slice(line.indexOf("Felsökning"), -1);
    expect(kept.length).toBeGreaterThan(100);
    expect(notes.startsWith(kept)).toBe(true);
  });

  it('keeps short entries ("Löst", "ok") and every entry after them, with no count', async () => {
    const r = rig();
    await r.app.updateSettings({ customers: [customer], links });
    const { id } = await r.app.createIncident({ priority: 1, customerId: "acme", summary: "Nere" });
    r.clock.advance(HOUR);
    const texts = ["Startade om IIS", "Löst", "ok", "Kunden bekräftar att sajten svarar"];
    for (const [n, text] of texts.entries()) {
      await r.app.addTimelineEntry({ id, text, at: MONDAY_10 + (n + 1) * MINUTE });
    }
    const url = (await r.app.getChecklist({ id })).jiraCreateUrl ?? "";
    const description = new URL(url).searchParams.get("description") ?? "";
    const timeline = description.split("Tidslinje:\n")[1]?.split("\n") ?? [];
    expect(timeline.map((line) => line.replace(/^\S+ \S+ /, ""))).toEqual(texts);
    expect(description).not.toContain("till i Jour");
  });

  it("fills the link to 2 000: the first entry that does not fit is cut with …, the rest counted", async () => {
    const r = rig();
    await r.app.updateSettings({ customers: [customer], links });
    const { id } = await r.app.createIncident({ priority: 1, customerId: "acme", summary: "Nere" });
    r.clock.advance(HOUR);
    for (let n = 0; n < 30; n++) {
      const text = `Steg ${n}: kontrollerade loggarna och cachen igen`;
      await r.app.addTimelineEntry({ id, text, at: MONDAY_10 + (n + 1) * MINUTE });
    }
    const url = (await r.app.getChecklist({ id })).jiraCreateUrl ?? "";
    expect(url.length).toBeLessThanOrEqual(2000);
    // Nothing is given away early: a few more characters would not have fitted.
    expect(url.length).toBeGreaterThan(1950);
    const description = new URL(url).searchParams.get("description") ?? "";
    const lines = description.split("Tidslinje:\n")[1]?.split("\n") ?? [];
    const whole = lines.filter((line) => line.endsWith("igen"));
    expect(whole.length).toBeGreaterThan(10);
    const [cutLine, count] = lines.slice(whole.length);
    expect(cutLine).toMatch(new RegExp(`Steg ${whole.length}: .*…$`));
    expect(count).toBe(`… ${30 - whole.length - 1} till i Jour`);
    expect(lines).toHaveLength(whole.length + 2);
  });

  it('the Swedish week-end item says to tick "on call", as the agency\'s page does', async () => {
    const { app } = rig();
    const report = (await app.getWeek()).endChecklist.find((item) => item.id === "report");
    expect(report?.text).toBe(
      'Rapportera veckan i Jira (kryssa i "on call") med organisatörstexten',
    );
  });

  it("short notes are kept whole, stamped in the timeline", async () => {
    const link = await linkFor("Nere", "Startade om IIS.");
    expect(link.description).toMatch(/\nTidslinje:\n\d{4}-\d\d-\d\d \d\d:\d\d Startade om IIS\.$/);
  });

  it("a summary past Jira's 255 characters is cut with …, and the link still fits", async () => {
    const link = await linkFor("å".repeat(400), "Startade om IIS.");
    expect(link.url.length).toBeLessThanOrEqual(2000);
    expect(Array.from(link.summary ?? "")).toHaveLength(255);
    expect(link.summary?.endsWith("å…")).toBe(true);
    // Who and how urgent still lead the description; the rest gives way to the summary.
    expect(link.description.startsWith("Kund: Acme AB\nPrioritet: P1")).toBe(true);
  });

  it("property: any notes give a link of at most 2 000 characters with summary and labels intact", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", maxLength: 120 }).filter((s) => s.trim() === s),
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 20_000 }),
          fc.string({ unit: "grapheme-ascii", maxLength: 3_000 }),
        ),
        async (summary, notes) => {
          const link = await linkFor(summary, notes);
          expect(link.url.length).toBeLessThanOrEqual(2000);
          expect(link.summary).toBe(summary === "" ? "Acme AB: Incident" : `Acme AB: ${summary}`);
          expect(link.labels).toEqual(["Production", "Jour"]);
          // Who and how urgent always lead the description.
          expect(link.description.startsWith("Kund: Acme AB\nPrioritet: P1")).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
