import { useState } from "react";
import type { IncidentView } from "../../../shared/app/views";
import { formatDuration } from "../../i18n/format";
import { useI18n } from "../../i18n/i18n";
import { IntervalEditor } from "./IntervalEditor";

/** The incident's work intervals, each editable, and a row to add forgotten time. */
export function WorkIntervals(props: { incident: IncidentView; now: number }) {
  const { t } = useI18n();
  const { incident, now } = props;
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="work-title">
      <h2 id="work-title">{t("work.title")}</h2>
      {incident.work.length === 0 && <p className="muted">{t("work.none")}</p>}
      <ul className="intervals">
        {incident.work.map((work, index) => (
          <li key={`${work.id}-${work.start}-${work.end}`}>
            <IntervalEditor incidentId={incident.id} work={work} index={index + 1} />
          </li>
        ))}
      </ul>
      <p className="muted">{t("work.total", { time: formatDuration(incident.workedMs) })}</p>
      {adding ? (
        <IntervalEditor
          incidentId={incident.id}
          work={{ id: null, start: now - 30 * 60_000, end: now }}
          index={incident.work.length + 1}
          onDone={() => setAdding(false)}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t("work.add")}
        </button>
      )}
    </section>
  );
}
