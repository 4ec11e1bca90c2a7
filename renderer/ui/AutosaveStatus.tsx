import type { AutosaveState } from "../hooks/use-autosave";
import { useI18n } from "../i18n/i18n";

/** "Sparat" / "Sparar…" beside a form that saves as the user types; read out politely. */
export function AutosaveStatus(props: { state: AutosaveState; savedText?: string }) {
  const { t } = useI18n();
  const text = {
    idle: "",
    saved: props.savedText ?? t("autosave.saved"),
    pending: t("autosave.pending"),
    saving: t("autosave.saving"),
    failed: t("autosave.failed"),
  }[props.state];
  return (
    <span role="status" className={props.state === "failed" ? "autosave failed" : "autosave muted"}>
      {text}
    </span>
  );
}
