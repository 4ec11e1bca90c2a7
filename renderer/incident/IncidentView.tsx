import { useLoad } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { IncidentHeldQuestion } from "../ui/HeldQuestion";
import { IncidentDetails } from "./IncidentDetails";
import { useI18n } from "../i18n/i18n";

/**
 * One incident. Without an id: the one whose timer runs, else the newest open one.
 */
export function IncidentView(props: { id: string | null }) {
  const { t } = useI18n();
  const fallback = useLoad(
    async (api) => {
      if (props.id) return props.id;
      const status = await api.getStatus();
      if (status.timer) return status.timer.incidentId;
      const open = await api.listIncidents({ open: true });
      return open[0]?.id ?? null;
    },
    `incident-choice-${props.id ?? ""}`,
  );

  const id = props.id ?? fallback.data;
  if (id === undefined) {
    return fallback.error ? <ErrorMessage error={fallback.error} /> : <p>{t("loading")}</p>;
  }
  if (id === null) return <p className="card muted">{t("incident.none")}</p>;
  return (
    <>
      <IncidentHeldQuestion id={id} />
      <IncidentDetails key={id} id={id} />
    </>
  );
}
