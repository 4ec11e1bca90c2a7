import { useState } from "react";
import type { AppSettings } from "../../shared/app/settings/settings";
import { useApi } from "../api/api-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { useI18n } from "../i18n/i18n";
import { sectionLabels } from "../ui/settings-sections";
import type { SettingsSection } from "../ui/settings-sections";

/** The defaults of one section put into the draft (saved as typed, like any edit). */
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

/**
 * A real button for "restore defaults", for the sections that have defaults. It asks first
 * (the section's fields are replaced and saved), and offers to undo right after.
 */
export function RestoreDefaults(props: {
  section: SettingsSection;
  draft: AppSettings;
  restore: (defaults: AppSettings) => void;
  undo: (before: AppSettings) => void;
}) {
  const { t } = useI18n();
  const { api } = useApi();
  const [asking, setAsking] = useState(false);
  // What the draft was before the restore, while it can still be undone (this section).
  const [before, setBefore] = useState<{ section: SettingsSection; draft: AppSettings } | null>(
    null,
  );
  if (!["general", "rules", "rest", "links", "reminders", "runbook"].includes(props.section)) {
    return null;
  }
  const name = t(sectionLabels[props.section]);
  const restore = async () => {
    setAsking(false);
    const defaults = await api.getDefaultSettings();
    setBefore({ section: props.section, draft: props.draft });
    props.restore(defaults);
  };
  return (
    <>
      {before?.section === props.section ? (
        <button
          type="button"
          onClick={() => {
            props.undo(before.draft);
            setBefore(null);
          }}
        >
          {t("settings.resetUndo")}
        </button>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t("settings.resetDefaults")}
        </button>
      )}
      {asking && (
        <ConfirmDialog
          title={t("settings.resetConfirmTitle", { section: name })}
          onCancel={() => setAsking(false)}
          actions={[
            { label: t("settings.resetConfirm"), kind: "danger", onClick: () => void restore() },
          ]}
        >
          <p>{t("settings.resetConfirmBody")}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
