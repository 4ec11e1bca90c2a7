import { holidays } from "../../index";
import type { ShortcutPort } from "../ports";
import { InputError, parseInput } from "../texts/errors";
import type { HolidayView } from "./holiday-view";
import { holidaysSchema, type HolidaysInput } from "./holidays-input";
import { runbookInLanguage } from "./runbook";
import { applySettingsPatch, defaultAppSettings } from "./settings";
import type { AppSettings, SettingsPatch } from "./settings";

/**
 * The settings as the methods see them: read now, or changed (validated whole first; a
 * throw changes nothing). api.ts lends them out of the document (`settingsAccess`).
 */
export interface SettingsAccess {
  read<T>(view: (settings: AppSettings) => T): Promise<T>;
  change<T>(apply: (settings: AppSettings) => { settings: AppSettings; result: T }): Promise<T>;
}

/** Settings: every setting, the defaults to restore, the holidays of a year. */
export interface SettingsMethods {
  getSettings(): Promise<AppSettings>;
  /** Each given top-level field replaces the current one; the result is validated whole. */
  updateSettings(patch: SettingsPatch): Promise<AppSettings>;
  getDefaultSettings(): Promise<AppSettings>;
  getHolidays(input: HolidaysInput): Promise<HolidayView[]>;
}

/** `shortcut` binds a new global shortcut before it is accepted (none: taken as given). */
export function settingsMethods(
  { read, change }: SettingsAccess,
  shortcut?: ShortcutPort,
): SettingsMethods {
  return {
    getSettings: () => read((settings) => structuredCopy(settings)),
    updateSettings: (patch) =>
      change((current) => {
        const settings = applySettingsPatch(current, patch);
        // Last, once all else is valid: the shell binds the new shortcut or says why not.
        const accelerator = settings.globalShortcut;
        if (shortcut && accelerator !== current.globalShortcut) {
          const problem = shortcut.bind(accelerator);
          if (problem === "taken") throw InputError.of("globalShortcut", "is taken by another app");
          if (problem === "invalid") {
            throw InputError.of("globalShortcut", 'is not a valid shortcut (e.g. "Ctrl+Alt+J")');
          }
        }
        return { settings, result: structuredCopy(settings) };
      }),
    getDefaultSettings: () =>
      read(({ language }) => {
        // The default runbook in the user's language, so restoring it keeps their words'
        // language (the defaults' own language stays Swedish).
        const defaults = defaultAppSettings();
        return { ...defaults, runbook: runbookInLanguage(defaults.runbook, "sv", language) };
      }),
    getHolidays: (raw) =>
      read((settings) => holidays(parseInput(holidaysSchema, raw).year, settings.rules)),
  };
}

/** A deep copy of plain JSON data, so a caller in the same process cannot edit the store. */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
