import { useState } from "react";
import { useApi } from "../api/api-context";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "./ErrorMessage";

/**
 * An external link, opened by the host (the browser or the desktop), never by navigating
 * this window. Disabled with the reason when the link is not set.
 */
export function LinkButton(props: { url: string | null; name: string }) {
  const { api } = useApi();
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const { url, name } = props;
  const label = t("link.open", { name });
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={label}
        title={url ?? ""}
        disabled={!url}
        onClick={() => {
          if (url) api.openExternal({ url }).then(() => setError(null), setError);
        }}
      >
        {name} <span aria-hidden="true">↗</span>
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
