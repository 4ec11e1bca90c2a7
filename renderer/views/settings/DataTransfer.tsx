import { useState } from "react";
import { useAction, useApi } from "../../api/api-context";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useI18n } from "../../i18n/i18n";
import { downloadText } from "../../lib/download";

/** Export all data as JSON, and import such a file (a bad file changes nothing). */
export function DataTransfer() {
  const { t, plural } = useI18n();
  const { api } = useApi();
  const act = useAction();
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);

  const exportAll = async () => {
    try {
      downloadText("jour-data.json", await api.exportData(), "application/json");
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  const importFile = async (file: File) => {
    const json = await file.text();
    let count = 0;
    let timerPaused = false;
    const failure = await act(async (jour) => {
      ({ incidents: count, timerPaused } = await jour.importData({ json }));
    });
    setError(failure);
    const imported = t("settings.importedCount", { incidents: plural("count.incidents", count) });
    // The file's timer started before the export: resuming it would count the time since.
    setNote(
      failure ? null : timerPaused ? `${imported} ${t("settings.importTimerPaused")}` : imported,
    );
  };

  return (
    <section className="card" aria-labelledby="settings-data">
      <h2 id="settings-data">{t("settings.data")}</h2>
      <div className="button-row wrap">
        <button type="button" onClick={() => void exportAll()}>
          {t("settings.exportData")}
        </button>
        <label className="button file-button">
          {t("settings.importData")}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importFile(file);
              event.target.value = "";
            }}
          />
        </label>
      </div>
      {note && (
        <p role="status" className="muted">
          {note}
        </p>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
