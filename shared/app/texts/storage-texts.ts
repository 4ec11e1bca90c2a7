import type { StorageFault, StoreNotice } from "./storage-faults";

/** The storage's words for the user (the `storage` group of texts.ts), in sv and en. */
export interface StorageTexts {
  /** The cause, in words: "the disk is full". */
  fault(fault: StorageFault, code?: string): string;
  /** What to do about it: "free at least 3.4 MB in /home/a/.config/Jour". */
  remedy(fault: StorageFault, directory: string, bytes?: number): string;
  /** Body of the save-failed notification: what failed, why, the room needed, where. */
  writeFailed(failure: WriteFailure): string;
  /** Title of the notice that the backup could not be refreshed (the data is saved). */
  backupFailedTitle: string;
  /** A notice of the open (a file moved aside, the backup restored). */
  notice(notice: StoreNotice): string;
  /** "The files are in …" */
  filesAreIn(directory: string): string;
  /** The start's dialog when the data cannot be opened (the app changes no file). */
  openFailedTitle: string;
  openFailedMessage(file: string): string;
  openFailedDetail(failure: OpenFailure): string;
  tryAgain: string;
  openFolder: string;
  quit: string;
  /** Any other failure at start (the app then exits): never a silent exit. */
  startFailedTitle: string;
  startFailed(detail: string): string;
  /** Quitting while a change could not be saved (a full disk): the question and its buttons. */
  unsavedQuitTitle: string;
  unsavedQuitMessage: string;
  unsavedQuitDetail(failure: WriteFailure): string;
  quitAnyway: string;
}

export interface WriteFailure {
  file: string;
  directory: string;
  bytes: number;
  fault: StorageFault;
  code?: string | undefined;
}

export interface OpenFailure {
  directory: string;
  fault: StorageFault;
  code?: string | undefined;
  /** The room a restore needed, when it was a write that failed. */
  bytes?: number | undefined;
}

/** 3 400 000 → "3.4 MB"; at least 0.1 MB, rounded up, so the advice is never too little. */
const megabytes = (bytes: number, decimal: string): string =>
  `${(Math.max(1, Math.ceil(bytes / 100_000)) / 10).toFixed(1).replace(".", decimal)} MB`;

const svReason = { json: "inte giltig JSON", invalid: "ogiltiga data", damaged: "skadad databas" };
const enReason = { json: "not valid JSON", invalid: "invalid data", damaged: "a damaged database" };

/** ", från 2026-12-01 03:00" when the time of a backup is known. */
const takenAt = (at: number | undefined, locale: string, from: string): string =>
  at === undefined
    ? ""
    : `, ${from} ${new Date(at).toLocaleString(locale, { dateStyle: "short", timeStyle: "short" })}`;

export const svStorage: StorageTexts = {
  fault: (fault, code) =>
    ({
      "no-space": "disken är full",
      "read-only": "mappen går bara att läsa (skrivskyddad disk)",
      "no-permission": "Jour saknar behörighet till filen eller mappen",
      "is-directory": "där filen ska ligga finns en mapp",
      "not-verified": "det som lästes tillbaka var inte det som skrevs",
      other: `ett fel i filsystemet${code ? ` (${code})` : ""}`,
    })[fault],
  remedy: (fault, directory, bytes) => {
    switch (fault) {
      case "no-space":
        return bytes === undefined
          ? `Frigör utrymme på disken där ${directory} ligger.`
          : `Frigör minst ${megabytes(bytes, ",")} på disken där ${directory} ligger.`;
      case "read-only":
      case "no-permission":
        return `Se till att din användare får läsa och skriva i ${directory} och filerna där.`;
      case "is-directory":
        return `Flytta undan mappen i ${directory} som har filens namn.`;
      default:
        return `Kontrollera disken där ${directory} ligger.`;
    }
  },
  writeFailed: (f) =>
    `${f.file} kunde inte sparas: ${svStorage.fault(f.fault, f.code)}. ` +
    `${svStorage.remedy(f.fault, f.directory, f.bytes)} ` +
    "Den förra filen och säkerhetskopian är orörda; Jour försöker igen vid nästa ändring.",
  backupFailedTitle: "Jour kunde inte uppdatera säkerhetskopian – dina data är sparade",
  notice: (n) => {
    switch (n.kind) {
      case "unusable":
        return (
          `${n.file} kunde inte användas (${svReason[n.reason]}: ` +
          `${n.detail}); den sparades som ${n.keptAs}.`
        );
      case "restored":
        return n.fileWasMissing
          ? `${n.file} saknades; den senaste fungerande säkerhetskopian (${n.backup}${takenAt(n.at, "sv-SE", "från")}) återställdes.`
          : `Den senaste fungerande säkerhetskopian (${n.backup}${takenAt(n.at, "sv-SE", "från")}) återställdes.`;
      case "missing":
        return `${n.file} saknades i datamappen.`;
      case "defaults":
        return "Ingen användbar säkerhetskopia: Jour startade med tomma data.";
    }
  },
  filesAreIn: (directory) => `Filerna finns i ${directory}.`,
  openFailedTitle: "Jour kan inte öppna dina data",
  openFailedMessage: (file) => `Jour kunde inte öppna ${file}.`,
  openFailedDetail: (f) =>
    `Orsak: ${svStorage.fault(f.fault, f.code)}. ${svStorage.remedy(f.fault, f.directory, f.bytes)} ` +
    "Ingen fil har ändrats. Försök igen när det är åtgärdat.",
  tryAgain: "Försök igen",
  openFolder: "Öppna datamappen",
  quit: "Avsluta",
  startFailedTitle: "Jour kunde inte starta",
  startFailed: (detail) => `Jour kunde inte starta och avslutas: ${detail}`,
  unsavedQuitTitle: "En ändring är inte sparad",
  unsavedQuitMessage: "Jour kunde inte spara din senaste ändring. Avsluta ändå?",
  unsavedQuitDetail: (f) =>
    `${svStorage.writeFailed(f)} Avslutar du nu går ändringen förlorad; det som redan är sparat finns kvar.`,
  quitAnyway: "Avsluta ändå",
};

export const enStorage: StorageTexts = {
  fault: (fault, code) =>
    ({
      "no-space": "the disk is full",
      "read-only": "the folder can only be read (a read-only disk)",
      "no-permission": "Jour is not allowed to use the file or its folder",
      "is-directory": "a folder is where the file should be",
      "not-verified": "what was read back is not what was written",
      other: `a file system error${code ? ` (${code})` : ""}`,
    })[fault],
  remedy: (fault, directory, bytes) => {
    switch (fault) {
      case "no-space":
        return bytes === undefined
          ? `Free some space on the disk that holds ${directory}.`
          : `Free at least ${megabytes(bytes, ".")} on the disk that holds ${directory}.`;
      case "read-only":
      case "no-permission":
        return `Make sure your user may read and write ${directory} and the files in it.`;
      case "is-directory":
        return `Move the folder that has the file's name out of ${directory}.`;
      default:
        return `Check the disk that holds ${directory}.`;
    }
  },
  writeFailed: (f) =>
    `${f.file} could not be saved: ${enStorage.fault(f.fault, f.code)}. ` +
    `${enStorage.remedy(f.fault, f.directory, f.bytes)} ` +
    "The previous file and the backup are untouched; Jour tries again at the next change.",
  backupFailedTitle: "Jour could not refresh the backup – your data is saved",
  notice: (n) => {
    switch (n.kind) {
      case "unusable":
        return (
          `${n.file} could not be used (${enReason[n.reason]}: ` +
          `${n.detail}); it was kept as ${n.keptAs}.`
        );
      case "restored":
        return n.fileWasMissing
          ? `${n.file} was missing; the last good backup (${n.backup}${takenAt(n.at, "en-GB", "from")}) was restored.`
          : `The last good backup (${n.backup}${takenAt(n.at, "en-GB", "from")}) was restored.`;
      case "missing":
        return `${n.file} was missing from the data folder.`;
      case "defaults":
        return "No usable backup: the app started with default data.";
    }
  },
  filesAreIn: (directory) => `The files are in ${directory}.`,
  openFailedTitle: "Jour cannot open your data",
  openFailedMessage: (file) => `Jour could not open ${file}.`,
  openFailedDetail: (f) =>
    `Cause: ${enStorage.fault(f.fault, f.code)}. ${enStorage.remedy(f.fault, f.directory, f.bytes)} ` +
    "No file was changed. Try again once that is done.",
  tryAgain: "Try again",
  openFolder: "Open data folder",
  quit: "Quit",
  startFailedTitle: "Jour could not start",
  startFailed: (detail) => `Jour could not start and quits: ${detail}`,
  unsavedQuitTitle: "A change is not saved",
  unsavedQuitMessage: "Jour could not save your latest change. Quit anyway?",
  unsavedQuitDetail: (f) =>
    `${enStorage.writeFailed(f)} If you quit now the change is lost; what is already saved stays.`,
  quitAnyway: "Quit anyway",
};
