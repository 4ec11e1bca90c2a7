import type { Language } from "../shared/app/settings/settings";
import type { StorageTexts } from "../shared/app/texts/storage-texts";
import { StoreOpenError } from "./store";

/** The language of the start's dialogs, before the settings can be read: the OS's. */
export const localeLanguage = (locale: string): Language =>
  locale.toLowerCase().startsWith("sv") ? "sv" : "en";

export interface OpenDataDeps<T> {
  /** Opens the data; throws a StoreOpenError when a file cannot be read or restored. */
  open: () => Promise<T>;
  texts: StorageTexts;
  /** Shows a message box; resolves with the index of the button pressed. */
  ask: (box: {
    type: "error";
    title: string;
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
  }) => Promise<number>;
  openFolder: (directory: string) => Promise<unknown>;
  log: (message: string) => void;
}

/**
 * Opens the data, and when that fails says so, in a dialog that names the file, the cause
 * and what to do, offering Try again / Open data folder / Quit, until it opens or the user
 * quits (then null). The store changed no file (see openDocumentStore), so trying again is
 * always safe. Other errors (a newer Jour's file) are the caller's.
 */
export async function openDataOrAsk<T>(deps: OpenDataDeps<T>): Promise<T | null> {
  const { texts } = deps;
  for (;;) {
    let failure: StoreOpenError;
    try {
      return await deps.open();
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      failure = error;
    }
    deps.log(failure.message);
    for (;;) {
      const choice = await deps.ask({
        type: "error",
        title: texts.openFailedTitle,
        message: texts.openFailedMessage(failure.file),
        detail: texts.openFailedDetail(failure),
        buttons: [texts.tryAgain, texts.openFolder, texts.quit],
        defaultId: 0,
        cancelId: 2,
      });
      if (choice === 0) break;
      if (choice !== 1) return null;
      // The folder in the file manager, then the same question again. Electron's openPath
      // resolves with an error text rather than rejecting.
      const problem = await Promise.resolve()
        .then(() => deps.openFolder(failure.directory))
        .catch((error: unknown) => String(error));
      if (typeof problem === "string" && problem !== "") {
        deps.log(`Could not open ${failure.directory}: ${problem}`);
      }
    }
  }
}
