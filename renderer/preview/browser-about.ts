import { parseInput } from "../../shared/app/texts/errors";
import { InputError } from "../../shared/app/texts/errors";
import { reportErrorSchema } from "../../shared/about-api";
import type { AboutApi } from "../../shared/about-api";
import { version } from "../../package.json";

/**
 * Settings → About in the browser preview: the version it was built from; a page has no log
 * folder and does not update itself, so those are said, not pretended. The window's errors
 * go to the browser's console.
 */
export function browserAbout(): AboutApi {
  return {
    async getAbout() {
      return { version, logFolder: null, update: { state: "unavailable" } };
    },
    async openLogFolder() {
      throw InputError.of("logFolder", "the preview keeps no log file");
    },
    async checkForUpdates() {
      return { state: "unavailable" };
    },
    async reportError(input) {
      const { source, message, stack } = parseInput(reportErrorSchema, input);
      console.error(`Jour window error (${source}): ${stack ?? message}`);
    },
  };
}
