import { useI18n } from "../i18n/i18n";
import { describeError } from "./field-error";

/** An error the user can act on, read out by screen readers as it appears. */
export function ErrorMessage(props: { error: unknown; id?: string }) {
  const { t } = useI18n();
  if (props.error === null || props.error === undefined) return null;
  return (
    <p className="error" role="alert" id={props.id}>
      {describeError(props.error, t)}
    </p>
  );
}
