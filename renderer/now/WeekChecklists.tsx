import { useAction, useLoad } from "../api/api-context";
import { useI18n } from "../i18n/i18n";
import { ChecklistItems } from "../ui/ChecklistItems";

/** Week start (forward the number) and week end (report in Jira) checklists. */
export function WeekChecklists(props: { week: number }) {
  const { t } = useI18n();
  const act = useAction();
  const week = useLoad((api) => api.getWeek({ week: props.week }), `week-${props.week}`);
  if (!week.data) return null;
  const { startChecklist, endChecklist } = week.data;
  const toggle = (itemId: string, done: boolean) =>
    void act((api) => api.setWeekChecklistItem({ week: props.week, itemId, done }));
  return (
    <div className="two-columns">
      <section className="card" aria-labelledby="week-start-title">
        <h2 id="week-start-title">{t("now.weekStart")}</h2>
        <ChecklistItems items={startChecklist} idPrefix="week-start" onToggle={toggle} />
      </section>
      <section className="card" aria-labelledby="week-end-title">
        <h2 id="week-end-title">{t("now.weekEnd")}</h2>
        <ChecklistItems items={endChecklist} idPrefix="week-end" onToggle={toggle} />
      </section>
    </div>
  );
}
