import type { AppSettings } from "../../shared/app/settings/settings";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { CheckboxField } from "../ui/fields";
import type { UpdateDraft } from "./draft";

type Reminder = keyof AppSettings["handoverReminders"];

const reminders: { key: Reminder; label: MessageKey }[] = [
  { key: "weekStart", label: "settings.reminderWeekStart" },
  { key: "weekEnd", label: "settings.reminderWeekEnd" },
  { key: "unreported", label: "settings.reminderUnreported" },
];

/** The handover reminders, each switchable (all on by default). */
export function ReminderSettings(props: { draft: AppSettings; update: UpdateDraft }) {
  const { t } = useI18n();
  const { draft, update } = props;
  return (
    <section className="card" aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{t("settings.reminders")}</h2>
      <div className="field-grid">
        {reminders.map(({ key, label }) => (
          <CheckboxField
            key={key}
            path={`handoverReminders.${key}`}
            label={t(label)}
            checked={draft.handoverReminders[key]}
            onChange={(on) =>
              update((d) => ({ ...d, handoverReminders: { ...d.handoverReminders, [key]: on } }))
            }
          />
        ))}
      </div>
    </section>
  );
}
