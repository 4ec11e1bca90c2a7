import path from "node:path";
import { createJourDataChecker } from "../shared/app/data/checker";
import { emptyJourData } from "../shared/app/data/document";
import type { JourData } from "../shared/app/data/document";
import type { Language } from "../shared/app/texts/language";
import { NewerSchemaError } from "../shared/app/texts/errors";
import type { StorageTexts } from "../shared/app/texts/storage-texts";
import { textsFor } from "../shared/app/texts/texts";
import type { Electron } from "./runtime";
import { NewerFileError, openJourStore, StoreOpenError } from "./store";
import type { BackupFinder, OpenedStore } from "./store";
import { shellTexts } from "./tray/texts";

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
 * quits (then null). The store changed no file (see openJourStore), so trying again is
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

export interface StartDataDeps {
  electron: Electron;
  /** The data folder (userData). */
  directory: string;
  /** The OS's language: the settings are unknown until the file is read. */
  startLanguage: Language;
  /** Finds the verified backups, newest first, for a damaged database (the backups' helper). */
  findBackup?: BackupFinder | undefined;
  log: (message: string) => void;
}

/**
 * The app's data as the start opens it, asking (openDataOrAsk) while it cannot be opened.
 * Resolves with null, having told the user and quit, when the data file was written by a
 * newer Jour, or cannot be opened and the user chose to quit.
 */
export async function openStartData(deps: StartDataDeps): Promise<OpenedStore<JourData> | null> {
  const { electron, directory, startLanguage, log } = deps;
  let opened: OpenedStore<JourData> | null;
  const checker = createJourDataChecker();
  try {
    opened = await openDataOrAsk({
      open: () =>
        openJourStore({
          directory,
          parse: checker.parse,
          defaults: () => emptyJourData(),
          log,
          findBackup: deps.findBackup,
        }),
      texts: textsFor(startLanguage).storage,
      ask: async (box) => (await electron.dialog.showMessageBox(box)).response,
      openFolder: (folder) => electron.shell.openPath(folder),
      log,
    });
  } catch (error) {
    if (!(error instanceof NewerSchemaError)) throw error;
    const words = shellTexts(startLanguage);
    // The file that is newer: the data, or (when that is bad or missing) its backup.
    const file = error instanceof NewerFileError ? error.file : path.join(directory, "jour.db");
    electron.dialog.showErrorBox(words.newerDataTitle, words.newerDataMessage(file, error));
    electron.app.quit();
    return null;
  }
  if (opened === null) {
    electron.app.quit();
    return null;
  }
  return opened;
}
