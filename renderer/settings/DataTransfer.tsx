import { useState } from "react";
import type { BackupView } from "../../shared/app/data/backup-views";
import type { ImportMode, ImportPreview, ImportResult } from "../../shared/app/data/data-views";
import { useAction, useApi } from "../api/api-context";
import { ErrorMessage } from "../ui/ErrorMessage";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { codedError } from "../api/coded-error";
import { downloadText } from "../ui/download";
import { parseFieldError } from "../ui/field-error";
import { ImportDialog } from "./ImportDialog";
import { Backups } from "./Backups";
import { KeptCopies } from "./KeptCopies";

/**
 * Export all data as JSON, and import such a file: first a look at what it holds against
 * what would go, then replace or add; what was here is kept as a dated copy that
 * KeptCopies can restore. A bad file changes nothing.
 */
export function DataTransfer(props: {
  /** Saves pending edits before the data is replaced (else they would write over it). */
  beforeReplace?: () => Promise<void>;
  /** After an import or restore replaced the data (the settings form reloads). */
  onReplaced?: () => void;
}) {
  const { t, plural, language, timeZone } = useI18n();
  const { api } = useApi();
  const act = useAction();
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const [pending, setPending] = useState<{
    name: string;
    json: string;
    preview: ImportPreview;
  } | null>(null);

  const exportAll = async () => {
    try {
      downloadText("jour-data.json", await api.exportData(), "application/json");
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  const chooseFile = async (file: File) => {
    setNote(null);
    try {
      const json = await file.text();
      setPending({ name: file.name, json, preview: await api.previewImport({ json }) });
      setError(null);
    } catch (failure) {
      setError(asImportFileError(failure));
    }
  };

  const done = (result: ImportResult, text: string) => {
    const kept = result.keptCopy
      ? ` ${t("import.copyKept", { when: formatDateTime(result.keptCopy.at, timeZone, language) })}`
      : "";
    const paused = result.timerPaused ? ` ${t("settings.importTimerPaused")}` : "";
    setNote(`${text}${paused}${kept}`);
    props.onReplaced?.();
  };

  const importAs = async (mode: ImportMode) => {
    if (!pending) return;
    const { json } = pending;
    setPending(null);
    await props.beforeReplace?.();
    let result: ImportResult | null = null;
    const failure = await act(async (jour) => {
      result = await jour.importData({ json, mode });
    });
    setError(failure);
    if (failure || !result) return;
    const { incidents, added = 0 } = result;
    done(
      result,
      mode === "merge"
        ? t("import.merged", { incidents: plural("count.incidents", added) })
        : t("import.replaced", { incidents: plural("count.incidents", incidents) }),
    );
  };

  /** Restores a kept copy or a backup (the core keeps the data as a copy first). */
  const restore = async (from: { copy: string } | { backup: BackupView }) => {
    await props.beforeReplace?.();
    let result: ImportResult | null = null;
    const failure = await act(async (jour) => {
      result =
        "copy" in from
          ? await jour.restoreCopy({ id: from.copy })
          : await jour.restoreBackup({ folder: from.backup.folder, name: from.backup.name });
    });
    setError(failure);
    if (failure || !result) return;
    done(
      result,
      t("copies.restored", {
        incidents: plural("count.incidents", (result as ImportResult).incidents),
      }),
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
              if (file) void chooseFile(file);
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
      <KeptCopies onRestore={(id) => void restore({ copy: id })} />
      <Backups onRestore={(backup) => void restore({ backup })} />
      {pending && (
        <ImportDialog
          fileName={pending.name}
          preview={pending.preview}
          onChoose={(mode) => void importAs(mode)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}

/**
 * A file that is JSON but no Jour document fails deep inside ("settings.rules", "incidents.0
 * .priority"): paths the window has no words for. The user is told it is the import file.
 */
function asImportFileError(failure: unknown): unknown {
  const { field, code, problem, params } = parseFieldError(failure);
  if (field === "" || field === "json" || field === "data") return failure;
  if (code === "sender" || code === "internal") return failure;
  return codedError("json", code, problem, params);
}
