import { useState } from "react";
import { useAction } from "../api/api-context";
import { navigate } from "../hooks/use-route";
import { useI18n } from "../i18n/i18n";
import { codedError } from "../api/coded-error";
import { fromLocalInput, toLocalInput } from "../i18n/local-input";
import { normalizeDateTime } from "../ui/DateTimeField";
import { TimeFormBody } from "../ui/TimeFormBody";

/**
 * A call taken away from the computer, logged afterwards with its time: an incident reported
 * then, without a timer (its work is added by hand on the incident).
 */
export function PastCall(props: { now: number }) {
  const { t, timeZone } = useI18n();
  const act = useAction();
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState("");
  const [error, setError] = useState<unknown>(null);
  if (!open) {
    return (
      <button
        type="button"
        className="quiet"
        onClick={() => {
          setWhen(toLocalInput(props.now - 30 * 60_000, timeZone));
          setOpen(true);
        }}
      >
        {t("record.pastCall")}
      </button>
    );
  }
  const log = async () => {
    const reportedAt = fromLocalInput(normalizeDateTime(when), timeZone);
    if (reportedAt === null) {
      setError(codedError("reportedAt", "dateTime", "expected a date and an HH:mm time"));
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
        value={when}
        onChange={setWhen}
        submitLabel={t("record.logPastCall")}
        onCancel={() => setOpen(false)}
        error={error}
      />
    </form>
  );
}
