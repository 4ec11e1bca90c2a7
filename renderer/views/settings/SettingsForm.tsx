import { Fragment, useState } from "react";
import type { AppSettings, Language } from "../../../shared/app/settings";
import { useAction, useApi } from "../../api/api-context";
import { AutosaveStatus } from "../../components/AutosaveStatus";
import { useAutosave } from "../../hooks/use-autosave";
import { useI18n } from "../../i18n/i18n";
import { explainError, fieldLabel } from "../../lib/field-error";
import { CustomersSettings } from "./CustomersSettings";
import { DataTransfer } from "./DataTransfer";
import { FieldProblemContext } from "./fields";
import type { FieldProblem } from "./fields";
import { GeneralSettings } from "./GeneralSettings";
import { HolidayList } from "./HolidayList";
import { LinksSettings } from "./LinksSettings";
import { ReminderSettings } from "./ReminderSettings";
import { firstNaNPath, parseLeadMinutes } from "./draft";
import { RestSettings } from "./RestSettings";
import { RulesSettings } from "./RulesSettings";
import { RunbookSettings } from "./RunbookSettings";
import { TimerWatchSettings } from "./TimerWatchSettings";

export type UpdateDraft = (change: (draft: AppSettings) => AppSettings) => void;

/** The settings, saved as the user types (use-autosave), each error beside its field. */
export function SettingsForm(props: {
  initial: AppSettings;
  onSaved: (settings: AppSettings) => void;
  setLanguage: (language: Language) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const act = useAction();
  const { api } = useApi();
  const [draft, setDraft] = useState(props.initial);
  const [leadText, setLeadText] = useState(props.initial.alertLeadMinutes.join(", "));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const update: UpdateDraft = (change) => setDraft(change);

  /** Saves a draft; resolves with the problem (null when saved). */
  const save = async (value: { draft: AppSettings; leadText: string }) => {
    const fail = (field: string, message: string) => {
      const found = { field, message };
      setProblem(found);
      return found;
    };
    const leads = parseLeadMinutes(value.leadText);
    if (leads === null) return fail("alertLeadMinutes", t("settings.badList"));
    const nan = firstNaNPath(value.draft);
    if (nan) return fail(nan, t("settings.notANumber"));
    const patch = { ...value.draft, alertLeadMinutes: leads };
    let result: AppSettings | null = null;
    const failure = await act(async (jour) => {
      result = await jour.updateSettings(patch);
    });
    if (failure || !result) {
      const { field, text } = explainError(failure, t);
      return fail(field, text);
    }
    setProblem(null);
    props.onSaved(result);
    return null;
  };
  const autosave = useAutosave({ draft, leadText }, save);

  // An import or restore replaced the data: the fields start again from its settings.
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    const fresh = await api.getSettings().catch(() => null);
    if (!fresh) return;
    setDraft(fresh);
    setLeadText(fresh.alertLeadMinutes.join(", "));
    setProblem(null);
    setGeneration((n) => n + 1);
    props.onSaved(fresh);
  };

  // The language changes the window at once; the runbook's default texts follow it in the
  // core, and the draft takes them from there (else the next save would send them back).
  const changeLanguage = async (language: Language) => {
    await autosave.flush();
    await props.setLanguage(language);
    const now = await api.getSettings().catch(() => null);
    if (now) setDraft((d) => ({ ...d, language: now.language, runbook: now.runbook }));
  };

  return (
    <FieldProblemContext.Provider value={problem}>
      <form
        className="stack settings"
        aria-labelledby="settings-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void autosave.flush();
        }}
      >
        <h1 id="settings-title">{t("settings.title")}</h1>
        <Fragment key={generation}>
          <GeneralSettings
            draft={draft}
            update={update}
            leadText={leadText}
            setLeadText={setLeadText}
            setLanguage={(language) => void changeLanguage(language)}
          />
          <TimerWatchSettings draft={draft} update={update} />
          <RulesSettings draft={draft} update={update} />
          <RestSettings draft={draft} update={update} />
          <LinksSettings draft={draft} update={update} />
          <ReminderSettings draft={draft} update={update} />
          <CustomersSettings draft={draft} update={update} />
          <RunbookSettings draft={draft} update={update} />
        </Fragment>
        <HolidayList />
        <DataTransfer beforeReplace={autosave.flush} onReplaced={() => void reload()} />
        <div className="save-bar">
          {problem && (
            <p className="error" role="alert">
              {t("error.field", {
                field: problem.field ? fieldLabel(problem.field, t) : t("settings.title"),
                problem: problem.message,
              })}
            </p>
          )}
          <AutosaveStatus state={autosave.state} savedText={t("settings.saved")} />
          <button type="submit" className="primary">
            {t("settings.save")}
          </button>
        </div>
      </form>
    </FieldProblemContext.Provider>
  );
}
