import type { IncidentView } from "../../shared/app/incidents/incident-views";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";

type Kind = "response" | "rollback";

const keys: Record<Kind, Record<"met" | "missed" | "metShort" | "missedShort", MessageKey>> = {
  response: {
    met: "record.slaMet",
    missed: "record.slaMissed",
    metShort: "record.slaMetShort",
    missedShort: "record.slaMissedShort",
  },
  rollback: {
    met: "record.rollbackMet",
    missed: "record.rollbackMissed",
    metShort: "record.rollbackMetShort",
    missedShort: "record.rollbackMissedShort",
  },
};

/**
 * "SLA: svarat i tid" / "SLA missat med 5 min", and a requested rollback's "påbörjad i tid" /
 * "sen 30 min": kept on the incident once decided.
 */
export function SlaOutcome(props: { sla: IncidentView["sla"]; short?: boolean; kind?: Kind }) {
  const { t } = useI18n();
  const { outcome, lateMinutes } = props.sla;
  if (outcome === "pending") return null;
  const k = keys[props.kind ?? "response"];
  const text =
    outcome === "met"
      ? t(props.short ? k.metShort : k.met)
      : t(props.short ? k.missedShort : k.missed, { minutes: lateMinutes });
  const Tag = props.short ? "span" : "p";
  return <Tag className={`sla-outcome ${outcome}`}>{text}</Tag>;
}
