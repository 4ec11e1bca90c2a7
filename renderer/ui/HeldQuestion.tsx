import { useAction, useLoad } from "../api/api-context";
import { useI18n } from "../i18n/i18n";

/**
 * "Är det din jourvecka?" after a call in a week not marked held (DOMAIN §4 "Whose week"):
 * Yes marks it held; No is remembered, so each week is asked once. Shows nothing otherwise.
 */
export function HeldQuestion(props: { week: number }) {
  const { t } = useI18n();
  const act = useAction();
  const week = useLoad((api) => api.getWeek({ week: props.week }), `held-question-${props.week}`);
  if (!week.data?.askHeld) return null;
  const at = week.data.week.start;
  // One per week: the Week report may ask about several.
  const titleId = `held-question-title-${at}`;
  return (
    <section className="card held-question" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("week.askHeld")}</h2>
      <p className="muted">{t("week.askHeldWhy", { week: week.data.week.label })}</p>
      <div className="button-row wrap">
        <button
          type="button"
          className="primary"
          onClick={() => void act((api) => api.setOnDuty({ week: at, onDuty: true }))}
        >
          {t("week.askHeldYes")}
        </button>
        <button
          type="button"
          onClick={() => void act((api) => api.dismissHeldQuestion({ week: at }))}
        >
          {t("week.askHeldNo")}
        </button>
      </div>
    </section>
  );
}

/** The question for the week an incident was reported in (the Incident view). */
export function IncidentHeldQuestion(props: { id: string }) {
  const incident = useLoad((api) => api.getIncident({ id: props.id }), `held-incident-${props.id}`);
  if (!incident.data) return null;
  return <HeldQuestion week={incident.data.reportedAt} />;
}
