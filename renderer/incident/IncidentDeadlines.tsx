import type { IncidentView } from "../../shared/app/incidents/incident-views";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { Countdown } from "../ui/Countdown";

/** The response deadline until responded; the rollback deadline until the rollback started. */
export function IncidentDeadlines(props: { incident: IncidentView; now: number }) {
  const { t, language, timeZone } = useI18n();
  const { incident, now } = props;
  const rows: { label: string; deadline: number }[] = [];
  if (incident.open && incident.respondedAt === null) {
    rows.push({ label: t("deadline.response"), deadline: incident.responseDeadline });
  }
  if (incident.open && incident.rollbackDeadline !== null && incident.rollbackStartedAt === null) {
    rows.push({ label: t("deadline.rollback"), deadline: incident.rollbackDeadline });
  }
  if (rows.length === 0) return null;
  return (
    <section className="card deadlines-card" aria-label={t("now.deadlines")}>
      {rows.map((row) => (
        <p key={row.label} className={row.deadline <= now ? "deadline passed" : "deadline"}>
          <span className="deadline-label">
            {`P${incident.priority} · ${row.label} ${formatDateTime(row.deadline, timeZone, language)}`}
          </span>
          <Countdown deadline={row.deadline} now={now} />
        </p>
      ))}
    </section>
  );
}
