// @vitest-environment node
import * as v from "valibot";
import { describe, expect, test } from "vitest";
import { errorCodes } from "../../../shared/app/texts/error-codes";
import { InputError, encodeInputError } from "../../../shared/app/texts/errors";
import { holidaysSchema } from "../../../shared/app/settings/holidays-input";
import { parseInput } from "../../../shared/app/texts/errors";
import { weeksSchema } from "../../../shared/app/reports/report-inputs";
import { createJourApp } from "../../../shared/app/api";
import { applySettingsPatch, defaultAppSettings } from "../../../shared/app/settings/settings";
import { importJson } from "../../../shared/app/data/transfer";
import { dispatch } from "../../../shared/ipc";
import type { WindowApi } from "../../../shared/ipc";
import { withInputErrors } from "../../../renderer/api/input-errors";
import { pluralize, translate } from "../../../renderer/i18n/i18n";
import type { Translate } from "../../../renderer/i18n/i18n";
import { describeError, fieldLabel } from "../../../renderer/ui/field-error";

const sv: Translate = (key, vars) => translate("sv", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);
const rejection = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
};

describe("every error code has words in both languages", () => {
  test.each(errorCodes)("%s", (code) => {
    const params = {
      ...{ min: 1, max: 2, year: 2005, newest: 3, from: 2000, to: 2199, problem: "p" },
      ...{ time: "02:30", date: "29 mars", entry: 2 },
    };
    for (const [language, t] of [
      ["sv", sv],
      ["en", en],
    ] as const) {
      const text = t(`code.${code}`, params);
      expect(text, language).not.toBe(`code.${code}`);
      expect(text.trim(), language).not.toBe("");
      expect(text, `${language} leaves a placeholder`).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("the core's errors in the Swedish window (issue #12's examples)", () => {
  const settings = defaultAppSettings();
  const patch = (change: unknown) => rejection(() => applySettingsPatch(settings, change));

  test("a negative allowance", () => {
    const error = patch({
      rules: { ...settings.rules, allowance: { weeklySek: -290, storhelgSupplement: 0 } },
    });
    expect(describeError(error, sv)).toBe("Jourersättning per vecka (kr): måste vara minst 0");
    expect(describeError(error, en)).toBe("Weekly on-call allowance (SEK): must be at least 0");
  });

  test("a rest minimum of 0 h: more than 0 is asked, not 'at least 0' (0 would be that)", () => {
    const error = patch({ rest: { ...settings.rest, dailyRestHours: 0 } });
    expect(describeError(error, sv)).toBe("Dygnsvila minst (h): måste vara större än 0");
    expect(describeError(error, en)).toMatch(/: must be more than 0$/);
  });

  test("a link that is not http(s)", () => {
    const error = patch({
      customers: [{ id: "a", name: "Acme", siteUrl: "", newRelicUrl: "", elmahUrl: "ftp://x" }],
    });
    expect(describeError(error, sv)).toBe(
      "Kund 1: ELMAH-adress: ange en http(s)-adress eller lämna tomt",
    );
  });

  test("no office days", () => {
    const error = patch({
      rules: { ...settings.rules, office: { ...settings.rules.office, days: [] } },
    });
    expect(describeError(error, sv)).toBe("Kontorsdagar: välj minst en veckodag");
  });

  test("an end in the future, the holiday year, a file that is not JSON", () => {
    expect(describeError(InputError.of("end", "is in the future"), sv)).toBe(
      "Slut: ligger i framtiden",
    );
    const year = rejection(() => parseInput(holidaysSchema, { year: 1999 }));
    expect(describeError(year, sv)).toBe("År: nuvarande lag gäller från 2005");
    const empty = rejection(() => parseInput(holidaysSchema, { year: NaN }));
    expect(describeError(empty, sv)).toBe("År: ange ett tal");
    const json = rejection(() => importJson("{not json"));
    expect(describeError(json, sv)).toBe("Importfil: inte en JSON-fil");
    expect(describeError(json, en)).toBe("Import file: not a JSON file");
    const weeks = rejection(() => parseInput(weeksSchema, { weeks: [] }));
    expect(describeError(weeks, sv)).toBe("Veckor: välj minst en vecka");
  });

  test("an unknown problem is never shown in English in the Swedish window", () => {
    const error = InputError.of("summary", "something new and English");
    expect(describeError(error, sv)).toBe("Sammanfattning: ogiltigt värde");
    expect(describeError(error, en)).toBe("Summary: something new and English");
  });
});

describe("an import's error says where in the file, in the window's words", () => {
  test("incidents, their work and notes, and the document's lists are named", async () => {
    const app = createJourApp({
      clock: { now: () => Date.UTC(2026, 0, 5) },
      storage: { save: async () => undefined },
      notifier: { notify: () => undefined },
    });
    await app.createIncident({ summary: "först" });
    const second = await app.createIncident({ summary: "sedan" });
    await app.addInterval({
      incidentId: second.id,
      start: Date.UTC(2026, 0, 4),
      end: Date.UTC(2026, 0, 4, 1),
    });
    await app.addTimelineEntry({ id: second.id, text: "Kunden ringde" });
    const file = JSON.parse(await app.exportData()) as {
      incidents: Record<string, unknown>[];
      onDutyWeeks: unknown[];
    };
    const refused = async (change: (d: typeof file) => void) => {
      const copy = structuredClone(file);
      change(copy);
      const error: unknown = await app.previewImport({ json: JSON.stringify(copy) }).then(
        () => null,
        (e: unknown) => e,
      );
      return [describeError(error, sv), describeError(error, en)];
    };
    const inSecond = (d: typeof file) => d.incidents[1] as Record<string, unknown>;
    expect(await refused((d) => (inSecond(d)["priority"] = 7))).toEqual([
      "Incident 2 i filen: Prioritet: välj ett av alternativen",
      "Incident 2 in the file: Priority: pick one of the choices",
    ]);
    expect(
      await refused((d) => {
        const work = inSecond(d)["work"] as { start: number; end: number }[];
        (work[0] as { end: number }).end = (work[0] as { start: number }).start - 1;
      }),
    ).toEqual([
      "Incident 2 i filen, arbetspass 1: Slut: måste vara efter starten",
      "Incident 2 in the file, work period 1: End: must be after the start",
    ]);
    expect(
      await refused((d) => {
        const [note] = inSecond(d)["timeline"] as { text: unknown }[];
        if (note) note.text = 5;
      }),
    ).toEqual([
      "Incident 2 i filen, anteckning 1: Text: fel slags värde",
      "Incident 2 in the file, note 1: Text: wrong kind of value",
    ]);
    expect(await refused((d) => d.incidents.push({ ...d.incidents[0] }))).toEqual([
      "Incident 3 i filen: Id: finns redan tidigare i filen",
      "Incident 3 in the file: Id: is used earlier in the file too",
    ]);
    expect(await refused((d) => (d.onDutyWeeks = ["v. 48"]))).toEqual([
      "Jourveckor: ange en tidpunkt",
      "On-call weeks: enter a point in time",
    ]);
    // The file's own words only for the file's paths: a call's timer is still the Timer.
    expect(fieldLabel("timer", sv)).toBe("Timer");
    expect(fieldLabel("timer.incidentId", sv)).toBe("Importfil");
    // Nothing of the core's English reaches the Swedish window.
    for (const [text] of await Promise.all([
      refused((d) => (d.incidents = {} as never)),
      refused((d) => (inSecond(d)["reportedAt"] = "igår")),
    ])) {
      expect(text).not.toMatch(/incidents|Invalid|Expected|received/);
    }
  });
});

describe("codes and params cross IPC", () => {
  test("dispatch answers with the code and params of a valibot issue", async () => {
    const api = { getHolidays: () => Promise.resolve([]) } as unknown as WindowApi;
    const answer = await dispatch(api, "getHolidays", { year: 2004 });
    expect(answer).toMatchObject({
      ok: false,
      field: "year",
      code: "lawFrom",
      params: { year: 2005 },
    });
  });

  test("the preload's message carries them through contextBridge and back to an InputError", async () => {
    const message = encodeInputError(
      "settings.rules.rates.1: Invalid value: Expected >=0 but received -1",
      "tooSmall",
      { min: 0 },
    );
    const host = {
      getStatus: () =>
        Promise.reject(
          new Error(`Error invoking remote method 'jour:getStatus': Error: ${message}`),
        ),
    } as unknown as WindowApi;
    const error = await withInputErrors(host)
      .getStatus()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      field: "settings.rules.rates.1",
      code: "tooSmall",
      params: { min: 0 },
    });
    expect(describeError(error, sv)).toBe("Taxa 1 (kr/h): måste vara minst 0");
  });

  test("a valibot issue's type gives the code when the schema gave no message", () => {
    const issue = (schema: v.GenericSchema, value: unknown) => {
      const result = v.safeParse(schema, value);
      if (result.success) throw new Error("passed");
      return InputError.fromIssue(result.issues[0]);
    };
    expect(issue(v.pipe(v.number(), v.maxValue(9)), 10)).toMatchObject({
      code: "tooLarge",
      params: { max: 9 },
    });
    expect(issue(v.pipe(v.string(), v.maxLength(3)), "abcd")).toMatchObject({
      code: "tooLong",
      params: { max: 3 },
    });
    expect(issue(v.pipe(v.string(), v.minLength(1)), "")).toMatchObject({ code: "required" });
    expect(issue(v.pipe(v.string(), v.regex(/^a$/)), "b")).toMatchObject({ code: "format" });
    expect(issue(v.picklist(["a", "b"]), "c")).toMatchObject({ code: "choice" });
    expect(issue(v.pipe(v.number(), v.integer()), 1.5)).toMatchObject({ code: "integer" });
  });
});

describe("counts follow the language's plural rules", () => {
  test("one and other", () => {
    expect(pluralize("sv", "count.incidents", 1)).toBe("1 incident");
    expect(pluralize("sv", "count.incidents", 2)).toBe("2 incidenter");
    expect(pluralize("sv", "count.incidents", 0)).toBe("0 incidenter");
    expect(pluralize("en", "count.incidents", 1)).toBe("1 incident");
    expect(pluralize("en", "count.incidents", 5)).toBe("5 incidents");
    expect(pluralize("en", "count.weeks", 1)).toBe("1 week");
  });
});
