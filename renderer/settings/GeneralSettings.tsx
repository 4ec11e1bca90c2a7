import type { CsvStyle } from "../../shared/app/texts/csv-format";
import type { AppSettings } from "../../shared/app/settings/settings";
import type { Language } from "../../shared/app/texts/language";
import { useI18n } from "../i18n/i18n";
import { CheckboxField, SelectField, TextField } from "../ui/fields";
import type { UpdateDraft } from "./draft";
import { ShortcutField } from "./ShortcutField";

/** Language (applied at once), desktop integration, default priority, alert lead times. */
export function GeneralSettings(props: {
  draft: AppSettings;
  update: UpdateDraft;
  leadText: string;
  setLeadText: (text: string) => void;
  setLanguage: (language: Language) => void;
}) {
  const { t } = useI18n();
  const { draft, update } = props;
  const csvStyles: readonly CsvStyle[] = ["excel", "rfc4180"];
  return (
    <section className="card" aria-labelledby="settings-general">
      <h2 id="settings-general">{t("settings.general")}</h2>
      <div className="field-grid">
        <SelectField<Language>
          path="language"
          label={t("settings.language")}
          value={draft.language}
          options={[
            { value: "sv", label: "Svenska" },
            { value: "en", label: "English" },
          ]}
          onChange={props.setLanguage}
        />
        <SelectField<1 | 2 | 3>
          path="defaultPriority"
          label={t("settings.defaultPriority")}
          value={draft.defaultPriority}
          options={[1, 2, 3].map((p) => ({ value: p as 1 | 2 | 3, label: `P${p}` }))}
          onChange={(defaultPriority) => update((d) => ({ ...d, defaultPriority }))}
        />
        <TextField
          path="alertLeadMinutes"
          label={t("settings.alertLeadMinutes")}
          value={props.leadText}
          onChange={props.setLeadText}
          placeholder="15, 5"
        />
        <ShortcutField
          value={draft.globalShortcut}
          onChange={(globalShortcut) => update((d) => ({ ...d, globalShortcut }))}
        />
        <SelectField<CsvStyle>
          path="csvStyle"
          label={t("settings.csvStyle")}
          value={draft.csvStyle}
          options={csvStyles.map((style) => ({
            value: style,
            label: t(`settings.csvStyle.${style}`),
          }))}
          onChange={(csvStyle) => update((d) => ({ ...d, csvStyle }))}
          hint={t(`settings.csvStyleHint.${draft.csvStyle}`)}
        />
        <CheckboxField
          path="startAtLogin"
          label={t("settings.startAtLogin")}
          checked={draft.startAtLogin}
          onChange={(startAtLogin) => update((d) => ({ ...d, startAtLogin }))}
        />
      </div>
    </section>
  );
}
