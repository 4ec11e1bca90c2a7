import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customer, rig } from "./fakes";

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

const NOTES_HEADING = "\n\nAnteckningar:\n";

describe("the Jira create link", () => {
  it("1 392 characters of notes (a 2 342-character link before) fit, shortened with …", async () => {
    const notes = "Felsökning i ELMAH: ".repeat(70).slice(0, 1392);
    const link = await linkFor("Kassan ger fel 500", notes);
    expect(link.url.length).toBeLessThanOrEqual(2000);
    expect(link.url.length).toBeGreaterThan(1900); // shortened no more than needed
    expect(link.summary).toBe("Acme AB: Kassan ger fel 500");
    expect(link.labels).toEqual(["Production", "Jour"]);
    expect(link.description.endsWith("…")).toBe(true);
    const kept = link.description.slice(0, -1);
    expect(`${kept.split(NOTES_HEADING)[1] ?? ""}`.length).toBeGreaterThan(100);
    expect(notes.startsWith(kept.split(NOTES_HEADING)[1] ?? "-")).toBe(true);
  });

  it('the Swedish week-end item says to tick "on call", as the agency\'s page does', async () => {
    const { app } = rig();
    const report = (await app.getWeek()).endChecklist.find((item) => item.id === "report");
    expect(report?.text).toBe(
      'Rapportera veckan i Jira (kryssa i "on call") med organisatörstexten',
    );
  });

  it("short notes are kept whole", async () => {
    const link = await linkFor("Nere", "Startade om IIS.");
    expect(link.description.endsWith(`${NOTES_HEADING}Startade om IIS.`)).toBe(true);
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
          const whole = link.description.endsWith(`${NOTES_HEADING}${notes}`) || notes === "";
          if (!whole) {
            // Shortened: a prefix of the full description, marked with "…".
            expect(link.description.endsWith("…")).toBe(true);
            const kept = link.description.slice(0, -1);
            const [, keptNotes] = kept.split(NOTES_HEADING);
            if (keptNotes !== undefined) expect(notes.startsWith(keptNotes)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
