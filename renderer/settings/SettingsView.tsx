import { useState } from "react";
import { SETTINGS_KEY } from "../api/load-keys";
import type { AppSettings } from "../../shared/app/settings/settings";
import { useAction, useLoad } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useI18n } from "../i18n/i18n";
import { SettingsForm } from "./SettingsForm";

/** Settings: loaded once into a draft the form edits; saved whole, validated by the core. */
export function SettingsView(props: { section?: string | undefined; field?: string | undefined }) {
  const { t } = useI18n();
  const settings = useLoad((api) => api.getSettings(), SETTINGS_KEY);
  const [initial, setInitial] = useState<AppSettings | null>(null);
  if (!initial && settings.data) setInitial(settings.data);
  const act = useAction();

  if (!initial) {
    return settings.error ? <ErrorMessage error={settings.error} /> : <p>{t("loading")}</p>;
  }
  return (
    <SettingsForm
      initial={initial}
      onSaved={setInitial}
      section={props.section}
      field={props.field}
      setLanguage={(language) => act((api) => api.updateSettings({ language }))}
    />
  );
}
