import type { DataCounts, ImportMode, ImportPreview } from "../../shared/app/data/data-views";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";

const ROWS: [keyof DataCounts, MessageKey][] = [
  ["incidents", "import.incidents"],
  ["heldWeeks", "import.heldWeeks"],
  ["reportedWeeks", "import.reportedWeeks"],
  ["customers", "import.customers"],
];

/** What an import file holds against what is here now, and the choice: replace or add. */
export function ImportDialog(props: {
  fileName: string;
  preview: ImportPreview;
  onChoose: (mode: ImportMode) => void;
  onCancel: () => void;
}) {
  const { t, plural } = useI18n();
  const { preview } = props;
  return (
    <ConfirmDialog
      title={t("import.title", { file: props.fileName })}
      onCancel={props.onCancel}
      actions={[
        {
          label:
            preview.newIncidents > 1
              ? t("import.merge", { count: preview.newIncidents })
              : preview.newIncidents === 1
                ? t("import.mergeOne")
                : t("import.mergeNone"),
          onClick: () => props.onChoose("merge"),
          disabled: preview.newIncidents === 0,
        },
        { label: t("import.replace"), onClick: () => props.onChoose("replace"), kind: "danger" },
      ]}
    >
      <p>{t("import.intro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("import.what")}</th>
            <th scope="col">{t("import.inFile")}</th>
            <th scope="col">{t("import.here")}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([field, label]) => (
            <tr key={field}>
              <th scope="row">{t(label)}</th>
              <td className="number">{preview.file[field]}</td>
              <td className="number">{preview.current[field]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{preview.settingsChanged ? t("import.settingsChanged") : t("import.settingsSame")}</p>
      {preview.timerRunning && <p>{t("import.timerRunning")}</p>}
      <p>
        <strong>{t("import.replaceWarning")}</strong>{" "}
        {preview.lostIncidents > 0 &&
          `${t("import.lost", { incidents: plural("count.incidents", preview.lostIncidents) })} `}
        {preview.changedIncidents > 0 &&
          `${t("import.changed", { incidents: plural("count.incidents", preview.changedIncidents) })} `}
        {preview.lostIncidents === 0 && preview.changedIncidents === 0 && t("import.nothingLost")}
      </p>
      <p className="muted">{t("import.keepsCopy")}</p>
    </ConfirmDialog>
  );
}
