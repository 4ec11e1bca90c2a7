import { useState } from "react";
import { useAction } from "../api/api-context";
import { navigate } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import { TimeFormBody } from "../ui/TimeFormBody";
import type { WallTimeEdit } from "../ui/WallTimeField";

/**
 * A call taken away from the computer, logged afterwards with its time: an incident reported
 * then, without a timer (its work is added by hand on the incident).
 */
export function PastCall(props: { now: number }) {
  const { t } = useI18n();
  const act = useAction();
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState<WallTimeEdit>({ at: null, problem: null });
  const [error, setError] = useState<unknown>(null);
  if (!open) {
    return (
      <button
        type="button"
        className="quiet"
        onClick={() => {
          // Whole minutes: a time typed afterwards has none of the clock's seconds.
          setWhen({ at: Math.floor((props.now - 30 * 60_000) / 60_000) * 60_000, problem: null });
          setOpen(true);
        }}
      >
        {t("record.pastCall")}
      </button>
    );
  }
  const log = async () => {
    const reportedAt = when.at;
    if (when.problem || reportedAt === null) {
      setError(when.problem);
      return;
    }
    let id: string | null = null;
    const failure = await act(async (api) => {
      id = (await api.createIncident({ reportedAt })).id;
    });
    setError(failure);
    if (id) navigate({ view: "incident", id });
  };
  return (
    <form
      className="correct-time"
      aria-label={t("record.pastCall")}
      onSubmit={(event) => {
        event.preventDefault();
        void log();
      }}
    >
      <TimeFormBody
        id="past-call-at"
        label={t("record.pastCallAt")}
        field="reportedAt"
        value={when.at}
        onChange={setWhen}
        submitLabel={t("record.logPastCall")}
        onCancel={() => setOpen(false)}
        error={error}
      />
    </form>
  );
}
