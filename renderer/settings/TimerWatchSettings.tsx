import type { AppSettings } from "../../shared/app/settings/settings";
import { useI18n } from "../i18n/i18n";
import { NumberField } from "../ui/fields";
import type { UpdateDraft } from "./draft";

type Minutes = AppSettings["timerWatch"];

/** The forgotten-timer guards: the idle question, the long-session reminder, the resume. */
export function TimerWatchSettings(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const { draft, update } = props;
  const field = (key: keyof Minutes, label: Parameters<typeof t>[0]) => (
    <NumberField
      path={`timerWatch.${key}`}
      label={t(label)}
      value={draft.timerWatch[key]}
      onChange={(value) => update((d) => ({ ...d, timerWatch: { ...d.timerWatch, [key]: value } }))}
    />
  );
  return (
    <section className="card" aria-labelledby="settings-timer-watch">
      <h2 id="settings-timer-watch">{t("settings.timerWatch")}</h2>
      <div className="field-grid">
        {field("idleMinutes", "settings.idleMinutes")}
        {field("longSessionMinutes", "settings.longSessionMinutes")}
        {field("resumeMinutes", "settings.resumeMinutes")}
      </div>
    </section>
  );
}
