import { useState } from "react";
import type { KeptCopyView } from "../../shared/app/data/data-views";
import { useAction, useLoad } from "../api/api-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ErrorMessage } from "../ui/ErrorMessage";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/**
 * The dated copies kept before imports and restores, each with Restore and Move to trash
 * (both ask first). A copy moved to the trash can be put back from there.
 */
export function KeptCopies(props: { onRestore: (id: string) => void }) {
  const { t, language, timeZone } = useI18n();
  const copies = useLoad((api) => api.listCopies(), "kept-copies");
  const act = useAction();
  const [asking, setAsking] = useState<{ copy: KeptCopyView; to: "restore" | "trash" } | null>(
    null,
  );
  const [trashed, setTrashed] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const nameOf = (copy: KeptCopyView) =>
    t(`copies.${copy.reason}`, { when: formatDateTime(copy.at, timeZone, language) });

  // A new question clears what the last action said.
  const ask = (question: { copy: KeptCopyView; to: "restore" | "trash" }) => {
    setTrashed(null);
    setError(null);
    setAsking(question);
  };

  const trash = async (copy: KeptCopyView) => {
    const failure = await act((api) => api.trashCopy({ id: copy.id }));
    setError(failure);
    if (!failure) setTrashed(nameOf(copy));
  };

  return (
    <section aria-labelledby="kept-copies-title">
      <h3 id="kept-copies-title">{t("copies.title")}</h3>
      <ErrorMessage error={copies.error ?? error} />
      {trashed && (
        <p className="muted" role="status">
          {t("copies.trashed", { name: trashed })}
        </p>
      )}
      {copies.data && copies.data.length === 0 && <p className="muted">{t("copies.none")}</p>}
      <ul className="copies-list">
        {copies.data?.map((copy) => (
          <li key={copy.id}>
            <span>{nameOf(copy)}</span>
            <span className="button-row">
              <button
                type="button"
                aria-label={t("copies.restoreName", { name: nameOf(copy) })}
                onClick={() => ask({ copy, to: "restore" })}
              >
                {t("copies.restore")}
              </button>
              <button
                type="button"
                aria-label={t("copies.trashName", { name: nameOf(copy) })}
                onClick={() => ask({ copy, to: "trash" })}
              >
                {t("copies.trash")}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {asking && (
        <ConfirmDialog
          title={t(asking.to === "restore" ? "copies.confirmTitle" : "copies.trashTitle")}
          onCancel={() => setAsking(null)}
          actions={[
            {
              label: t(asking.to === "restore" ? "copies.restore" : "copies.trash"),
              kind: "danger",
              onClick: () => {
                setAsking(null);
                if (asking.to === "restore") props.onRestore(asking.copy.id);
                else void trash(asking.copy);
              },
            },
          ]}
        >
          <p>
            {t(asking.to === "restore" ? "copies.confirmText" : "copies.trashText", {
              name: nameOf(asking.copy),
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
