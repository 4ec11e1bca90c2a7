import { useState } from "react";
import { useApi } from "../api/api-context";
import { useI18n } from "../i18n/i18n";

/** Copying a report text to the clipboard: the note "Copied" or the error, for a status line. */
export function useCopy() {
  const { t } = useI18n();
  const { api } = useApi();
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const copy = async (text: string) => {
    try {
      await api.copyText({ text });
      setError(null);
      setNote(t("report.copied"));
    } catch (failure) {
      setNote(null);
      setError(new Error(t("report.copyFailed", { message: String(failure) })));
    }
  };
  return { copy, note, error, setError };
}
