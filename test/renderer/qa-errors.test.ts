import { expect, test } from "vitest";
import type { AppSettings } from "../../shared/app/settings";
import { translate } from "../../renderer/i18n/i18n";
import type { Translate } from "../../renderer/i18n/i18n";
import { describeError } from "../../renderer/lib/field-error";
import { rig } from "../shared/app/fakes";

const sv: Translate = (key, vars) => translate("sv", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);

/** What the window says when the core refuses a settings patch. */
async function refusal(patch: (settings: AppSettings) => object): Promise<unknown> {
  const { app } = rig();
  return app.updateSettings(patch(await app.getSettings())).then(
    () => expect.fail("the core accepted it"),
    (error: unknown) => error,
  );
}

test("a rest minimum or a guard's minutes out of range is said in the window's language", async () => {
  const daily = await refusal((s) => ({ rest: { ...s.rest, dailyRestHours: 0 } }));
  expect(describeError(daily, sv)).toBe("Dygnsvila minst (h): ange ett tal större än 0");
  expect(describeError(daily, en)).toBe("Daily rest at least (h): enter a number above 0");

  const weekly = await refusal((s) => ({ rest: { ...s.rest, weeklyRestHours: 200 } }));
  expect(describeError(weekly, sv)).toBe("Veckovila minst (h): ange högst 168");

  const idle = await refusal((s) => ({ timerWatch: { ...s.timerWatch, idleMinutes: -1 } }));
  expect(describeError(idle, sv)).toBe("Fråga efter inaktivitet (min, 0 = av): ange minst 0");
  expect(describeError(idle, en)).toBe("Ask after idle time (min, 0 = off): enter at least 0");

  const long = await refusal((s) => ({ timerWatch: { ...s.timerWatch, longSessionMinutes: 1.5 } }));
  expect(describeError(long, sv)).toBe("Påminn när timern gått (min, 0 = av): ange ett heltal");
  expect(describeError(long, en)).toMatch(/: enter a whole number$/);
});

test("the older numeric settings (a rate below 0) get the same words", async () => {
  const rate = await refusal((s) => ({
    rules: { ...s.rules, rates: { ...s.rules.rates, 1: -5 } },
  }));
  expect(describeError(rate, sv)).toMatch(/^Taxa 1.*: ange minst 0$/);
});

test("a time in the future, a too long text and an answered idle question, in Swedish", async () => {
  const { app, clock } = rig();
  const { id } = await app.createIncident();
  const error = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.fail("the core accepted it"),
      (e: unknown) => e,
    );
  const later = clock.now() + 60 * 60_000;
  const future = await error(app.addInterval({ incidentId: id, start: clock.now(), end: later }));
  expect(describeError(future, sv)).toBe("Slut: får inte ligga i framtiden");
  expect(describeError(future, en)).toMatch(/: cannot be in the future$/);
  const long = await error(app.updateIncident({ id, summary: "x".repeat(501) }));
  expect(describeError(long, sv)).toBe("Sammanfattning: högst 500 tecken");
  const answered = await error(app.resolveIdle({ choice: "keep" }));
  expect(describeError(answered, sv)).toMatch(/frågan är redan besvarad$/);
});
