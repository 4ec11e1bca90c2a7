import { describe, expect, it } from "vitest";
import { emptyJourData } from "../../../../shared/app/data/document";
import { parseJourData } from "../../../../shared/app/data/checker";
import { InputError } from "../../../../shared/app/texts/errors";
import { rig } from "../fakes";

/** valibot's own messages: "Invalid type: Expected number but received NaN". */
const LIBRARY = /Invalid|Expected|received/;

/** A document with one bad field, as an imported file could hold it. */
const documents: [field: RegExp, change: (doc: Record<string, unknown>) => void][] = [
  [/^settings$/, (doc) => (doc["settings"] = 5)],
  [
    /^settings\.language$/,
    (doc) => ((doc["settings"] as Record<string, unknown>)["language"] = "de"),
  ],
  [/^incidents$/, (doc) => (doc["incidents"] = {})],
  [/^incidents\.0\.id$/, (doc) => (doc["incidents"] = [{ id: 7 }])],
  [/^incidents\.0\.reportedAt$/, (doc) => (doc["incidents"] = [{ id: "i-1" }])],
  [/^onDutyWeeks\.0$/, (doc) => (doc["onDutyWeeks"] = [null])],
  [/^nextId$/, (doc) => (doc["nextId"] = "9")],
  [/^timer$/, (doc) => (doc["timer"] = 5)],
  [/^firedAlerts$/, (doc) => delete doc["firedAlerts"]],
];

describe("Jour's words for what the validation library finds", () => {
  it.each(documents)(
    "an imported file with a bad %s names it in Jour's words",
    async (field, change) => {
      const doc = JSON.parse(JSON.stringify(emptyJourData())) as Record<string, unknown>;
      change(doc);
      let error: unknown = null;
      try {
        parseJourData(doc);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toMatch(field);
      expect((error as InputError).message).not.toMatch(LIBRARY);
      // The same through the app's import, which changes nothing.
      const { app } = rig();
      await expect(app.importData({ json: JSON.stringify(doc) })).rejects.toThrow(/^\S+: /);
      await expect(app.importData({ json: JSON.stringify(doc) })).rejects.not.toThrow(LIBRARY);
    },
  );

  it("a missing field is required, an unknown choice lists the choices, a long text says its bound", async () => {
    const { app } = rig();
    await expect(app.getIncident({} as never)).rejects.toThrow(/^id: is required$/);
    await expect(app.createIncident({ priority: 7 as never })).rejects.toThrow(
      /^priority: expected one of 1, 2, 3$/,
    );
    await expect(app.updateSettings({ language: "de" as never })).rejects.toThrow(
      /^settings\.language: expected one of "sv", "en"$/,
    );
    await expect(app.createIncident({ summary: "x".repeat(501) })).rejects.toThrow(
      /^summary: must be at most 500 characters$/,
    );
  });

  it("the window gets a code to word the problem in its language", async () => {
    const { app } = rig();
    const codeOf = async (call: Promise<unknown>) =>
      call.then(
        () => null,
        (error: unknown) => (error instanceof InputError ? [error.field, error.code] : error),
      );
    expect(await codeOf(app.getIncident({} as never))).toEqual(["id", "type"]);
    expect(
      await codeOf(app.addInterval({ incidentId: "i-1", start: NaN, end: Date.UTC(2025, 0, 1) })),
    ).toEqual(["start", "instant"]);
    expect(await codeOf(app.createIncident({ priority: 7 as never }))).toEqual([
      "priority",
      "choice",
    ]);
  });
});
