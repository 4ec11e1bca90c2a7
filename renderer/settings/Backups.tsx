import { useState } from "react";
import type { BackupsView, BackupView } from "../../shared/app/data/backup-views";
import type { Language } from "../../shared/app/texts/language";
import { useAction, useLoad } from "../api/api-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ErrorMessage } from "../ui/ErrorMessage";
import { formatDate, formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/** "1,2 MB" / "1.2 MB": a backup's size, in the window's language. */
function formatBytes(bytes: number, language: Language): string {
  const units = ["B", "kB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const number = new Intl.NumberFormat(language === "sv" ? "sv-SE" : "en-GB", {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number}\u00a0${units[unit]}`;
}

/** The seconds of an instant: the same in every zone (offsets are whole minutes). */
const secondsOf = (ms: number): string => String(Math.floor(ms / 1000) % 60).padStart(2, "0");

/**
 * The database's backups, newest first, with what each holds and Restore (which asks first;
 * DataTransfer keeps the data as a copy before), and the second folder they are also
 * written to. The browser preview takes none, and says so.
 */
export function Backups(props: { onRestore: (backup: BackupView) => void }) {
  const { t, plural, language, timeZone } = useI18n();
  const loaded = useLoad((api) => api.listBackups(), "backups");
  const act = useAction();
  // What choosing or forgetting the folder answered, until the list loads again.
  const [answered, setAnswered] = useState<{ view: BackupsView; over: unknown } | null>(null);
  const view = answered && answered.over === loaded.data ? answered.view : loaded.data;
  const [asking, setAsking] = useState<BackupView | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const whenOf = (backup: BackupView) =>
    `${formatDateTime(backup.at, timeZone, language)}:${secondsOf(backup.at)}`;
  const detailsOf = (backup: BackupView) => {
    const parts = [
      formatBytes(backup.bytes, language),
      t(backup.folder === "data" ? "backups.inData" : "backups.inSecond"),
    ];
    const { contents } = backup;
    if (contents === null) {
      parts.push(t("copies.unreadable"));
    } else {
      parts.push(plural("count.incidents", contents.incidents));
      parts.push(plural("copies.heldWeeks", contents.heldWeeks));
      if (contents.latestIncidentAt !== null) {
        const date = formatDate(contents.latestIncidentAt, timeZone, language);
        parts.push(t("copies.latest", { date }));
      }
    }
    return parts.join(" · ");
  };

  const folderAction = async (to: "choose" | "forget") => {
    setNote(null);
    let next: BackupsView | null = null;
    const failure = await act(async (api) => {
      next = to === "choose" ? await api.chooseBackupFolder() : await api.forgetBackupFolder();
    });
    setError(failure);
    if (failure || !next) return;
    const before = view?.secondFolder ?? null;
    const after = (next as BackupsView).secondFolder;
    setAnswered({ view: next, over: loaded.data });
    if (to === "forget") setNote(t("backups.folderForgotten"));
    else if (after !== null && after !== before)
      setNote(t("backups.folderChosen", { folder: after }));
  };

  return (
    <section aria-labelledby="backups-title">
      <h3 id="backups-title">{t("backups.title")}</h3>
      <ErrorMessage error={loaded.error ?? error} />
      {view && !view.available && <p className="muted">{t("backups.preview")}</p>}
      {view?.available && (
        <>
          <p className="muted">{t("backups.intro")}</p>
          {view.backups.length === 0 && <p className="muted">{t("backups.none")}</p>}
          <ul className="copies-list">
            {view.backups.map((backup) => (
              <li key={`${backup.folder}/${backup.name}`}>
                <span>
                  {whenOf(backup)}
                  <span className="muted copy-contents">{detailsOf(backup)}</span>
                </span>
                <button
                  type="button"
                  aria-label={t("backups.restoreName", { when: whenOf(backup) })}
                  onClick={() => {
                    setNote(null);
                    setAsking(backup);
                  }}
                >
                  {t("backups.restore")}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">
            {view.secondFolder === null
              ? t("backups.noSecondFolder")
              : t("backups.secondFolder", { folder: view.secondFolder })}
          </p>
          <div className="button-row wrap">
            <button type="button" onClick={() => void folderAction("choose")}>
              {t(view.secondFolder === null ? "backups.chooseFolder" : "backups.changeFolder")}
            </button>
            {view.secondFolder !== null && (
              <button type="button" onClick={() => void folderAction("forget")}>
                {t("backups.forgetFolder")}
              </button>
            )}
          </div>
          {note && (
            <p className="muted" role="status">
              {note}
            </p>
          )}
        </>
      )}
      {asking && (
        <ConfirmDialog
          title={t("backups.confirmTitle")}
          onCancel={() => setAsking(null)}
          actions={[
            {
              label: t("backups.restore"),
              kind: "danger",
              onClick: () => {
                setAsking(null);
                props.onRestore(asking);
              },
            },
          ]}
        >
          <p>{t("backups.confirmText", { when: whenOf(asking) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
