import { InputError } from "../shared/app/texts/errors";
import type { AboutApi, ReportErrorInput } from "../shared/about-api";
import type { Updater } from "./updates/updater";

export interface AboutActionsDeps {
  version: string;
  logFolder: string;
  /** Electron's shell.openPath: resolves with "" or with what went wrong. */
  openPath: (folder: string) => Promise<string>;
  /** Makes the folder when nothing was logged yet (so there is something to open). */
  makeDirectory: (folder: string) => void;
  updater: Updater;
  reportError: (input: ReportErrorInput) => void;
  /** Where Electron's own words for a refusal go (the window gets Jour's). */
  log: (message: string) => void;
}

/**
 * Settings → About in main: the version, the log folder and the updates. The transport has
 * checked the sender and the argument against the contract already.
 */
export function createAboutActions(deps: AboutActionsDeps): AboutApi {
  return {
    async getAbout() {
      return { version: deps.version, logFolder: deps.logFolder, update: deps.updater.view() };
    },
    async openLogFolder() {
      deps.makeDirectory(deps.logFolder);
      const problem = await deps.openPath(deps.logFolder);
      if (!problem) return;
      deps.log(`The log folder ${deps.logFolder} could not be opened: ${problem}`);
      throw InputError.of(
        "logFolder",
        "could not be opened in the file manager",
        "folderNotOpened",
      );
    },
    checkForUpdates: () => deps.updater.check(),
    async reportError(input) {
      deps.reportError(input);
    },
  };
}
