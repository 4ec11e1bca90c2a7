import type { IncidentView } from "../../../shared/app/views";
import { useI18n } from "../../i18n/i18n";

/** "SLA: svarat i tid" / "SLA missat med 5 min": kept on the incident once it is answered. */
export function SlaOutcome(props: { sla: IncidentView["sla"]; short?: boolean }) {
  const { t } = useI18n();
  const { outcome, lateMinutes } = props.sla;
  if (outcome === "pending") return null;
  const text =
    outcome === "met"
      ? t(props.short ? "record.slaMetShort" : "record.slaMet")
      : t(props.short ? "record.slaMissedShort" : "record.slaMissed", { minutes: lateMinutes });
  const Tag = props.short ? "span" : "p";
  return <Tag className={`sla-outcome ${outcome}`}>{text}</Tag>;
}
