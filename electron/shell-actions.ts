import { InputError } from "../shared/app/texts/errors";
import { urlProblem } from "../shared/app/settings/urls";
import type { ShellApi } from "../shared/shell-api";
import type { OpenLink } from "./links";

export interface ShellActionsDeps {
  /** The one way out to the user's browser: refuses anything but http(s) (links.ts). */
  openLink: OpenLink;
  clipboard: { writeText(text: string): void };
}

/**
 * The window's shell actions in main. The transport has already checked the sender and the
 * argument against the contract; the link still goes through the same http(s) filter as the
 * tray's links, and a URL it refuses is reported as a field error on `url`.
 */
export function createShellActions({ openLink, clipboard }: ShellActionsDeps): ShellApi {
  return {
    async openExternal({ url }) {
      const opened = await openLink(url);
      if (!opened) {
        throw InputError.of(
          "url",
          urlProblem(url) ?? "only http: and https: links with a host open",
        );
      }
    },
    async copyText({ text }) {
      clipboard.writeText(text);
    },
  };
}
