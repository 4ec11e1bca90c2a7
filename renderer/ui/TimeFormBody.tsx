import { useI18n } from "../i18n/i18n";
import { WallTimeField } from "./WallTimeField";
import type { WallTimeEdit } from "./WallTimeField";
import { ErrorMessage } from "./ErrorMessage";

/** A time to give (24-hour, in the app's language), its submit and Cancel, and the error. */
export function TimeFormBody(props: {
  id: string;
  label: string;
  /** The name the field's errors give it ("respondedAt"). */
  field: string;
  value: number | null;
  onChange: (edit: WallTimeEdit) => void;
  submitLabel: string;
  onCancel: () => void;
  error: unknown;
}) {
  const { t } = useI18n();
  return (
    <>
      <WallTimeField
        id={props.id}
        label={props.label}
        field={props.field}
        value={props.value}
        onChange={props.onChange}
        invalid={Boolean(props.error)}
      />
      <button type="submit" className="primary">
        {props.submitLabel}
      </button>
      <button type="button" className="quiet" onClick={props.onCancel}>
        {t("record.cancel")}
      </button>
      <ErrorMessage error={props.error} />
    </>
  );
}
