import type { IncidentView } from "../../shared/app/incidents/incident-views";
import {
  rollbackOutcome,
  slaOutcome,
  type SlaOutcome as Outcome,
} from "../../shared/app/incidents/sla-outcome";
import { useI18n, type Translate } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";
import { formatLongSpan } from "./long-span";

type Kind = "response" | "rollback";

const MINUTE = 60_000;

const labels: Record<Kind, MessageKey> = {
  response: "record.slaResponse",
  rollback: "record.slaRollback",
};

const lateOpen: Record<Kind, MessageKey> = {
  response: "record.slaLateNotResponded",
  rollback: "record.slaLateNotStarted",
};

/** "i tid (12 min)", "3 min sen", "40 min kvar", "ej begärd": the state after the label. */
function stateText(kind: Kind, outcome: Outcome, t: Translate): string {
  const span = (minutes: number) => formatLongSpan(minutes * MINUTE, t);
  switch (outcome.outcome) {
    case "met":
      return t("record.slaOnTime", { time: span(outcome.tookMinutes) });
    case "missed":
      return t(outcome.done ? "record.slaLate" : lateOpen[kind], {
        time: span(outcome.lateMinutes),
      });
    case "pending":
      return t("record.slaPending", { time: span(outcome.leftMinutes) });
    case "notRequested":
      return t("record.slaNotRequested");
    case "notStarted":
      return t("record.slaNotStarted");
  }
}

/** One outcome, labelled: "Svar: i tid (12 min)". */
function OneOutcome(props: { kind: Kind; outcome: Outcome }) {
  const { t } = useI18n();
  const { kind, outcome } = props;
  return (
    <span className={`sla-outcome ${outcome.outcome}`} data-sla={kind}>
      <span className="sla-what">{t(labels[kind])}:</span> {stateText(kind, outcome, t)}
    </span>
  );
}

/**
 * The response's and the rollback's outcomes side by side, each labelled, so one cannot be
 * read as the other's ("Svar: i tid (12 min)" · "Rollback: 3 min sen"). With `now` (the
 * window's clock) an open one counts on live; without, as of when the view was made. `brief`
 * leaves out a rollback nobody asked for (the lists).
 */
export function SlaOutcomes(props: { incident: IncidentView; now?: number; brief?: boolean }) {
  const { incident, now } = props;
  const response =
    now === undefined ? incident.sla : slaOutcome(incident, incident.responseDeadline, now);
  const rollback =
    now === undefined
      ? incident.rollbackSla
      : rollbackOutcome(incident, incident.rollbackDeadline, now);
  const showRollback = !(props.brief && rollback.outcome === "notRequested");
  return (
    <span className="sla-outcomes">
      <OneOutcome kind="response" outcome={response} />
      {showRollback && <OneOutcome kind="rollback" outcome={rollback} />}
    </span>
  );
}
