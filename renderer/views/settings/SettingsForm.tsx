import { useState } from "react";
import type { AppSettings, Language } from "../../../shared/app/settings";
import { useAction } from "../../api/api-context";
import { useI18n } from "../../i18n/i18n";
import { fieldLabel, parseFieldError, translateProblem } from "../../lib/field-error";
import { CustomersSettings } from "./CustomersSettings";
import { DataTransfer } from "./DataTransfer";
import { FieldProblemContext } from "./fields";
import type { FieldProblem } from "./fields";
import { GeneralSettings } from "./GeneralSettings";
import { HolidayList } from "./HolidayList";
import { LinksSettings } from "./LinksSettings";
import { firstNaNPath, parseLeadMinutes } from "./draft";
import { RulesSettings } from "./RulesSettings";
import { RunbookSettings } from "./RunbookSettings";
import { RestoreDefaults, restoreSection } from "./RestoreDefaults";
import { SettingsNav, useSectionFocus } from "./SettingsNav";
import { sectionOfField } from "./sections";

export type UpdateDraft = (change: (draft: AppSettings) => AppSettings) => void;

export function SettingsForm(props: {
  initial: AppSettings;
  onSaved: (settings: AppSettings) => void;
  setLanguage: (language: Language) => Promise<unknown>;
  /** The section to show and the field to focus (a "Saknas: …" hint leads here). */
  section?: string | undefined;
  field?: string | undefined;
}) {
  const { t } = useI18n();
  const act = useAction();
  const [draft, setDraft] = useState(props.initial);
  const [section, setSection] = useSectionFocus(props.section, props.field);
  const [leadText, setLeadText] = useState(props.initial.alertLeadMinutes.join(", "));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const update: UpdateDraft = (change) => {
    setDraft(change);
    setSaved(false);
  };

  const fail = (field: string, message: string) => {
    setProblem({ field, message });
    setSaved(false);
    // The field in error is shown, in its own section.
    if (field) setSection(sectionOfField(field));
  };

  const save = async () => {
    const leads = parseLeadMinutes(leadText);
    if (leads === null) return fail("alertLeadMinutes", t("settings.badList"));
    const nan = firstNaNPath(draft);
    if (nan) return fail(nan, t("settings.notANumber"));
    const patch = { ...draft, alertLeadMinutes: leads };
    let result: AppSettings | null = null;
    const failure = await act(async (api) => {
      result = await api.updateSettings(patch);
    });
    if (failure || !result) {
      const { field, problem: text } = parseFieldError(failure);
      return fail(field, translateProblem(text, t));
    }
    setProblem(null);
    setSaved(true);
    setDraft(result);
    props.onSaved(result);
  };

  return (
    <FieldProblemContext.Provider value={problem}>
      <form
        className="stack settings"
        aria-labelledby="settings-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h1 id="settings-title">{t("settings.title")}</h1>
        <div className="settings-layout">
          <SettingsNav current={section} onChoose={setSection} />
          <div className="stack" id="settings-section">
            {section === "general" && (
              <GeneralSettings
                draft={draft}
                update={update}
                leadText={leadText}
                setLeadText={setLeadText}
                setLanguage={(language) => {
                  update((d) => ({ ...d, language }));
                  void props.setLanguage(language);
                }}
              />
            )}
            {section === "rules" && <RulesSettings draft={draft} update={update} />}
            {section === "links" && <LinksSettings draft={draft} update={update} />}
            {section === "customers" && <CustomersSettings draft={draft} update={update} />}
            {section === "runbook" && <RunbookSettings draft={draft} update={update} />}
            {section === "holidays" && <HolidayList />}
            {section === "data" && <DataTransfer />}
          </div>
        </div>
        <div className="save-bar">
          {problem && (
            <p className="error" role="alert">
              {t("error.field", {
                field: problem.field ? fieldLabel(problem.field, t) : t("settings.title"),
                problem: problem.message,
              })}
            </p>
          )}
          {saved && (
            <p role="status" className="saved">
              {t("settings.saved")}
            </p>
          )}
          <RestoreDefaults
            section={section}
            restore={(defaults) => {
              update((d) => restoreSection(d, defaults, section));
              if (section === "general") setLeadText(defaults.alertLeadMinutes.join(", "));
            }}
          />
          <button type="submit" className="primary">
            {t("settings.save")}
          </button>
        </div>
      </form>
    </FieldProblemContext.Provider>
  );
}
