import { parseInput } from "../../shared/app/texts/errors";
import { copyTextSchema, openExternalSchema } from "../../shared/shell-api";
import type { ShellApi } from "../../shared/shell-api";

/**
 * The shell actions of the in-page preview (a plain browser, no Electron): the same
 * contract as main's, checked by the same schemas (a javascript:, file:, data: or relative
 * URL is refused with "url: …"), carried out with the browser's own means.
 */
export function browserShell(): ShellApi {
  return {
    async openExternal(input) {
      const { url } = parseInput(openExternalSchema, input);
      // A new browsing context that cannot reach back into this window.
      window.open(url, "_blank", "noopener,noreferrer");
    },
    async copyText(input) {
      const { text } = parseInput(copyTextSchema, input);
      await navigator.clipboard.writeText(text);
    },
  };
}
