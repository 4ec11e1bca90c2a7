import { useState } from "react";
import type { AppSettings, Language } from "../../../shared/app/settings";
import { useAction } from "../../api/api-context";
import { useI18n } from "../../i18n/i18n";
import { explainError, fieldLabel } from "../../lib/field-error";
import { CustomersSettings } from "./CustomersSettings";
import { DataTransfer } from "./DataTransfer";
import { FieldProblemContext } from "./fields";
import type { FieldProblem } from "./fields";
import { GeneralSettings } from "./GeneralSettings";
import { HolidayList } from "./HolidayList";
import { LinksSettings } from "./LinksSettings";
import { firstNaNPath, parseLeadMinutes } from "./draft";
import { RestSettings } from "./RestSettings";
import { RulesSettings } from "./RulesSettings";
import { RunbookSettings } from "./RunbookSettings";
import { TimerWatchSettings } from "./TimerWatchSettings";

export type UpdateDraft = (change: (draft: AppSettings) => AppSettings) => void;

export function SettingsForm(props: {
  initial: AppSettings;
  onSaved: (settings: AppSettings) => void;
  setLanguage: (language: Language) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const act = useAction();
  const [draft, setDraft] = useState(props.initial);
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
      const { field, text } = explainError(failure, t);
      return fail(field, text);
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
        <TimerWatchSettings draft={draft} update={update} />
        <RulesSettings draft={draft} update={update} />
        <RestSettings draft={draft} update={update} />
        <LinksSettings draft={draft} update={update} />
        <CustomersSettings draft={draft} update={update} />
        <RunbookSettings draft={draft} update={update} />
        <HolidayList />
        <DataTransfer />
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
          <button type="submit" className="primary">
            {t("settings.save")}
          </button>
        </div>
      </form>
    </FieldProblemContext.Provider>
  );
}
