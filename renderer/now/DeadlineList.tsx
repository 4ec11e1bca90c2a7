import type { DeadlineView } from "../../shared/app/incidents/incident-views";
import { hrefOf } from "../hooks/use-route";
import { useNow } from "../hooks/use-now";
import { useI18n } from "../i18n/i18n";
import { Countdown } from "../ui/Countdown";

/**
 * The SLA deadlines of open incidents, soonest first. Those within the alert lead time or
 * passed are the alerts: they stand out and are announced, so a notification the desktop
 * swallowed is not the only channel (PRODUCT §3).
 */
export function DeadlineList(props: {
  deadlines: readonly DeadlineView[];
  /** The status's instant: the countdowns tick on from it by the window's clock. */
  statusNow: number;
  /** Each incident's name ("P1 · Acme AB · Kassan nere"), so a row says whose it is. */
  names?: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  // Never before the status it was given (a machine clock a little behind main's).
  const now = Math.max(useNow(), props.statusNow);
  const alerts = props.deadlines.filter((d) => d.soon || d.passed);
  const calm = props.deadlines.filter((d) => !d.soon && !d.passed);
  return (
    <section className="card" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t("now.deadlines")}</h2>
      <div role="alert" aria-label={t("now.alerts")} className="alerts">
        {alerts.map((d) => (
          <DeadlineRow
            key={`${d.incidentId}-${d.kind}`}
            deadline={d}
            now={now}
            name={props.names?.get(d.incidentId)}
          />
        ))}
      </div>
      {calm.length > 0 && (
        <ul className="plain-list">
          {calm.map((d) => (
            <li key={`${d.incidentId}-${d.kind}`}>
              <DeadlineRow deadline={d} now={now} name={props.names?.get(d.incidentId)} />
            </li>
          ))}
        </ul>
      )}
      {props.deadlines.length === 0 && <p className="muted">{t("now.noDeadlines")}</p>}
    </section>
  );
}

function DeadlineRow(props: { deadline: DeadlineView; now: number; name?: string | undefined }) {
  const { deadline: d, now } = props;
  const look = d.passed ? "deadline passed" : d.soon ? "deadline soon" : "deadline";
  return (
    <a className={look} href={hrefOf({ view: "incident", id: d.incidentId })}>
      {props.name && <span className="deadline-incident wrap-anywhere">{props.name}</span>}
      <span className="deadline-label">{d.label}</span>
      <Countdown deadline={d.deadline} now={now} />
    </a>
  );
}
