import { describe, expect, test } from "vitest";
import { translate } from "../../renderer/i18n/i18n";
import type { Translate } from "../../renderer/i18n/i18n";
import { describeError } from "../../renderer/ui/field-error";
import { InputError } from "../../shared/app/texts/errors";

const sv: Translate = (key, vars) => translate("sv", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);

describe("the timer's settings errors name the field the user sees", () => {
  test("a taken or invalid shortcut, as the window gets them", () => {
    // The core's InputError (the preview; Electron's preload carries its code alike).
    const taken = InputError.of("globalShortcut", "is taken by another app");
    expect(describeError(taken, sv)).toBe(
      "Kortkommando (starta/stoppa timer): används redan av ett annat program",
    );
    expect(describeError(taken, en)).toMatch(/: is already used by another app$/);
    const invalid = InputError.of("globalShortcut", 'is not a valid shortcut (e.g. "Ctrl+Alt+J")');
    expect(describeError(invalid, sv)).toMatch(/: är inte ett giltigt kortkommando/);
  });

  test("a guard's minutes", () => {
    const error = new Error("settings.timerWatch.idleMinutes: Invalid value: Expected >=0");
    expect(describeError(error, en)).toMatch(/^Ask after idle time \(min, 0 = off\): /);
  });
});
