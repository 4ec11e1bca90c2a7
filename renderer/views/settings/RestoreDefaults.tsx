import type { AppSettings } from "../../../shared/app/settings";
import { useApi } from "../../api/api-context";
import { useI18n } from "../../i18n/i18n";
import type { SettingsSection } from "./sections";

/** The defaults of one section put into the draft (saved with Save, like any edit). */
export function restoreSection(
  draft: AppSettings,
  defaults: AppSettings,
  section: SettingsSection,
): AppSettings {
  switch (section) {
    case "general":
      // The language stays: restoring must not switch the window's words under the user.
      return {
        ...draft,
        defaultPriority: defaults.defaultPriority,
        alertLeadMinutes: defaults.alertLeadMinutes,
        globalShortcut: defaults.globalShortcut,
        startAtLogin: defaults.startAtLogin,
        csvStyle: defaults.csvStyle,
      };
    case "rules":
      return { ...draft, rules: defaults.rules };
    case "rest":
      return { ...draft, rest: defaults.rest };
    case "links":
      return { ...draft, links: defaults.links };
    case "reminders":
      return {
        ...draft,
        timerWatch: defaults.timerWatch,
        handoverReminders: defaults.handoverReminders,
      };
    case "runbook":
      // getDefaultSettings words the default steps in the language the user has chosen.
      return { ...draft, runbook: defaults.runbook };
    default:
      return draft;
  }
}

/** A real button for "restore defaults", for the sections that have defaults. */
export function RestoreDefaults(props: {
  section: SettingsSection;
  restore: (defaults: AppSettings) => void;
}) {
  const { t } = useI18n();
  const { api } = useApi();
  if (!["general", "rules", "rest", "links", "reminders", "runbook"].includes(props.section)) {
    return null;
  }
  return (
    <button type="button" onClick={() => void api.getDefaultSettings().then(props.restore)}>
      {t("settings.resetDefaults")}
    </button>
  );
}
