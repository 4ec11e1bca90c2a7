import type { RunbookStep } from "../../shared/app/settings/runbook";
import type { AppSettings } from "../../shared/app/settings/settings";
import { useI18n } from "../i18n/i18n";
import { newId } from "../ui/new-id";
import { swap } from "./draft";
import { TextField } from "../ui/fields";
import type { UpdateDraft } from "./draft";

/** The runbook steps: text, an optional link template, order. */
export function RunbookSettings(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const { runbook } = props.draft;
  const setRunbook = (change: (steps: RunbookStep[]) => RunbookStep[]) =>
    props.update((d) => ({ ...d, runbook: change(d.runbook) }));
  const setStep = (index: number, change: Partial<RunbookStep>) =>
    setRunbook((steps) => steps.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <section className="card" aria-labelledby="settings-runbook">
      <h2 id="settings-runbook">{t("settings.runbook")}</h2>
      <p className="muted small">{t("settings.linkHelp")}</p>
      <ol className="runbook-steps">
        {runbook.map((step, index) => {
          const n = index + 1;
          return (
            <li key={step.id} className="runbook-step">
              <TextField
                path={`runbook.${index}.text`}
                label={t("settings.stepText", { n })}
                value={step.text}
                wide
                onChange={(text) => setStep(index, { text })}
              />
              <TextField
                path={`runbook.${index}.link`}
                label={t("settings.stepLink", { n })}
                value={step.link}
                wide
                onChange={(link) => setStep(index, { link })}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="quiet"
                  aria-label={t("settings.moveUp", { n })}
                  disabled={index === 0}
                  onClick={() => setRunbook((steps) => swap(steps, index, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="quiet"
                  aria-label={t("settings.moveDown", { n })}
                  disabled={index === runbook.length - 1}
                  onClick={() => setRunbook((steps) => swap(steps, index, index + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="remove"
                  onClick={() => setRunbook((steps) => steps.filter((_, i) => i !== index))}
                >
                  {t("settings.removeStep", { n })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          setRunbook((steps) => [...steps, { id: newId("step", steps), text: "", link: "" }])
        }
      >
        {t("settings.addStep")}
      </button>
    </section>
  );
}
