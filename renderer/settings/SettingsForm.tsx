import { Fragment, useState } from "react";
import type { AppSettings } from "../../shared/app/settings/settings";
import type { Language } from "../../shared/app/texts/language";
import { useAction, useApi } from "../api/api-context";
import { AutosaveStatus } from "../ui/AutosaveStatus";
import { useAutosave } from "../hooks/use-autosave";
import { useI18n } from "../i18n/i18n";
import { explainError, fieldLabel } from "../ui/field-error";
import { CustomersSettings } from "./CustomersSettings";
import { DataTransfer } from "./DataTransfer";
import { AboutSettings } from "./AboutSettings";
import { FieldProblemContext } from "../ui/fields";
import type { FieldProblem } from "../ui/fields";
import { GeneralSettings } from "./GeneralSettings";
import { HolidayList } from "./HolidayList";
import { LinksSettings } from "./LinksSettings";
import { ReminderSettings } from "./ReminderSettings";
import { firstNaNPath, parseLeadMinutes } from "./draft";
import type { UpdateDraft } from "./draft";
import { RestSettings } from "./RestSettings";
import { RulesSettings } from "./RulesSettings";
import { RunbookSettings } from "./RunbookSettings";
import { TimerWatchSettings } from "./TimerWatchSettings";
import { RestoreDefaults, restoreSection } from "./RestoreDefaults";
import { SettingsNav, useSectionFocus } from "./SettingsNav";
import { sectionOfField } from "../ui/settings-sections";

/** The settings, saved as the user types (use-autosave), each error beside its field. */
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
  const { api } = useApi();
  const [draft, setDraft] = useState(props.initial);
  const [section, setSection] = useSectionFocus(props.section, props.field);
  const [leadText, setLeadText] = useState(props.initial.alertLeadMinutes.join(", "));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const update: UpdateDraft = (change) => setDraft(change);

  /** Saves a draft; resolves with the problem (null when saved). */
  const save = async (value: { draft: AppSettings; leadText: string }) => {
    const fail = (field: string, message: string) => {
      const found = { field, message };
      setProblem(found);
      // The field in error is shown, in its own section.
      if (field) setSection(sectionOfField(field));
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
    const freshLeads = fresh.alertLeadMinutes.join(", ");
    autosave.rebase({ draft: fresh, leadText: freshLeads });
    setDraft(fresh);
    setLeadText(freshLeads);
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
        <div className="settings-layout">
          <SettingsNav current={section} onChoose={setSection} />
          <div className="stack" id="settings-section">
            {/* The fields start again after an import; the import's own report stays. */}
            <Fragment key={generation}>
              {section === "general" && (
                <GeneralSettings
                  draft={draft}
                  update={update}
                  leadText={leadText}
                  setLeadText={setLeadText}
                  setLanguage={(language) => void changeLanguage(language)}
                />
              )}
              {section === "rules" && <RulesSettings draft={draft} update={update} />}
              {section === "rest" && <RestSettings draft={draft} update={update} />}
              {section === "links" && <LinksSettings draft={draft} update={update} />}
              {section === "reminders" && (
                <>
                  <TimerWatchSettings draft={draft} update={update} />
                  <ReminderSettings draft={draft} update={update} />
                </>
              )}
              {section === "customers" && <CustomersSettings draft={draft} update={update} />}
              {section === "runbook" && <RunbookSettings draft={draft} update={update} />}
            </Fragment>
            {section === "holidays" && <HolidayList />}
            {section === "data" && (
              <DataTransfer beforeReplace={autosave.flush} onReplaced={() => void reload()} />
            )}
            {section === "about" && <AboutSettings />}
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
          <AutosaveStatus state={autosave.state} savedText={t("settings.saved")} />
          <RestoreDefaults
            section={section}
            draft={draft}
            restore={(defaults) => {
              update((d) => restoreSection(d, defaults, section));
              if (section === "general") setLeadText(defaults.alertLeadMinutes.join(", "));
            }}
            undo={(before) => {
              // The section's own values come back; edits elsewhere since then stay.
              update((d) => restoreSection(d, before, section));
              if (section === "general") setLeadText(before.alertLeadMinutes.join(", "));
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
