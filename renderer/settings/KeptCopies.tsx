import { useState } from "react";
import type { KeptCopyView } from "../../shared/app/data/data-views";
import { useAction, useLoad } from "../api/api-context";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { ErrorMessage } from "../ui/ErrorMessage";
import { formatDate, formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";

/** The seconds of an instant: the same in every zone (offsets are whole minutes). */
const secondsOf = (ms: number): string => String(Math.floor(ms / 1000) % 60).padStart(2, "0");

/** Each copy's name, with " (2)", " (3)" on the later ones of a name shared, oldest first. */
function distinctNames(
  copies: readonly KeptCopyView[],
  nameOf: (copy: KeptCopyView) => string,
): Map<string, string> {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const copy of [...copies].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))) {
    const name = nameOf(copy);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    names.set(copy.id, count === 1 ? name : `${name} (${count})`);
  }
  return names;
}

/**
 * The dated copies kept before imports and restores, each with Restore and Move to trash
 * (both ask first). A copy moved to the trash can be put back from there.
 */
export function KeptCopies(props: { onRestore: (id: string) => void }) {
  const { t, plural, language, timeZone } = useI18n();
  const copies = useLoad((api) => api.listCopies(), "kept-copies");
  const act = useAction();
  const [asking, setAsking] = useState<{ copy: KeptCopyView; to: "restore" | "trash" } | null>(
    null,
  );
  const [trashed, setTrashed] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // To the second ("mån 29 dec 09:03:15"), and numbered when two share even that.
  const baseName = (copy: KeptCopyView) =>
    t(`copies.${copy.reason}`, {
      when: `${formatDateTime(copy.at, timeZone, language)}:${secondsOf(copy.at)}`,
    });
  const names = distinctNames(copies.data ?? [], baseName);
  const nameOf = (copy: KeptCopyView) => names.get(copy.id) ?? baseName(copy);
  const contentsOf = (copy: KeptCopyView) => {
    const { contents } = copy;
    if (contents === null) return t("copies.unreadable");
    const parts = [
      plural("count.incidents", contents.incidents),
      plural("copies.heldWeeks", contents.heldWeeks),
    ];
    if (contents.latestIncidentAt !== null) {
      const date = formatDate(contents.latestIncidentAt, timeZone, language);
      parts.push(t("copies.latest", { date }));
    }
    return parts.join(" · ");
  };

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
            <span>
              {nameOf(copy)}
              <span className="muted copy-contents">{contentsOf(copy)}</span>
            </span>
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
