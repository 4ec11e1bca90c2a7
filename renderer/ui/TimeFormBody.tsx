import { useI18n } from "../i18n/i18n";
import { DateTimeField } from "./DateTimeField";
import { ErrorMessage } from "./ErrorMessage";

/** A time to give (24-hour, in the app's language), its submit and Cancel, and the error. */
export function TimeFormBody(props: {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  submitLabel: string;
  onCancel: () => void;
  error: unknown;
}) {
  const { t } = useI18n();
  return (
    <>
      <DateTimeField
        id={props.id}
        label={props.label}
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
