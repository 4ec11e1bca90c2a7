import { useState } from "react";
import type { KeptCopyView } from "../../../shared/app/views";
import { useLoad } from "../../api/api-context";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { formatDateTime } from "../../i18n/format";
import { useI18n } from "../../i18n/i18n";

/** The dated copies kept before imports and restores, each with Restore (which asks first). */
export function KeptCopies(props: { onRestore: (id: string) => void }) {
  const { t, language, timeZone } = useI18n();
  const copies = useLoad((api) => api.listCopies(), "kept-copies");
  const [asking, setAsking] = useState<KeptCopyView | null>(null);
  const nameOf = (copy: KeptCopyView) =>
    t(`copies.${copy.reason}`, { when: formatDateTime(copy.at, timeZone, language) });

  return (
    <section aria-labelledby="kept-copies-title">
      <h3 id="kept-copies-title">{t("copies.title")}</h3>
      <ErrorMessage error={copies.error} />
      {copies.data && copies.data.length === 0 && <p className="muted">{t("copies.none")}</p>}
      <ul className="copies-list">
        {copies.data?.map((copy) => (
          <li key={copy.id}>
            <span>{nameOf(copy)}</span>
            <button
              type="button"
              aria-label={t("copies.restoreName", { name: nameOf(copy) })}
              onClick={() => setAsking(copy)}
            >
              {t("copies.restore")}
            </button>
          </li>
        ))}
      </ul>
      {asking && (
        <ConfirmDialog
          title={t("copies.confirmTitle")}
          onCancel={() => setAsking(null)}
          actions={[
            {
              label: t("copies.restore"),
              kind: "danger",
              onClick: () => {
                setAsking(null);
                props.onRestore(asking.id);
              },
            },
          ]}
        >
          <p>{t("copies.confirmText", { name: nameOf(asking) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
