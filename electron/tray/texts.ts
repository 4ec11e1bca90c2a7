import type { Language } from "../../shared/app/texts/language";

/** The tray's and the shell's own words; the status line and tooltip come from the core. */
export interface ShellTexts {
  startIncident: string;
  stopTimer: (elapsed: string) => string;
  pause: string;
  resume: string;
  passed: string;
  storhelg: string;
  copyReport: (weekLabel: string) => string;
  moreReports: string;
  lastWeek: (weekLabel: string) => string;
  allUnreported: (count: number) => string;
  copied: string;
  copiedBody: (what: string) => string;
  nothingToCopy: string;
  /** After copying all unreported weeks: where to mark them reported. */
  copiedMarkBody: (what: string) => string;
  markReported: (weeks: string) => string;
  markedReported: string;
  /** Reported weeks changed since: opens the Week report, where the correction is. */
  changedAfterReport: (weeks: string) => string;
  links: string;
  callForwarding: string;
  newRelic: string;
  jira: string;
  openWindow: string;
  settings: string;
  quit: string;
  quitTitle: string;
  quitMessage: string;
  quitDetail: string;
  quitAnyway: string;
  stopAndQuit: string;
  cancel: string;
  /** At start, when the data file was written by a newer Jour (the app then quits). */
  newerDataTitle: string;
  newerDataMessage: (file: string, versions: { version: number; newest: number }) => string;
  /** The stored global shortcut could not be bound (taken by another app, or invalid). */
  shortcutRefused: (accelerator: string) => string;
  /** The preferences file could not be read: kept aside, defaults used. */
  preferencesKeptAside: (file: string) => string;
}

const sv: ShellTexts = {
  startIncident: "Starta incident (samtal mottaget)",
  stopTimer: (elapsed) => `Stoppa timern (${elapsed})`,
  pause: "Pausa",
  resume: "Återuppta",
  passed: "passerad",
  storhelg: "storhelg",
  copyReport: (week) => `Kopiera rapporttext (${week})`,
  moreReports: "Fler rapporter",
  lastWeek: (week) => `Förra veckan (${week})`,
  allUnreported: (count) => `Alla orapporterade veckor (${count})`,
  copied: "Rapporttexten är kopierad",
  copiedBody: (what) => `${what} – klistra in i Jira.`,
  nothingToCopy: "Det finns inget att kopiera",
  copiedMarkBody: (what) =>
    `${what} – klistra in i Jira, och markera dem sedan som rapporterade i Jour-menyn.`,
  markReported: (weeks) => `Markera ${weeks} som rapporterade`,
  markedReported: "Markerade som rapporterade",
  changedAfterReport: (weeks) => `${weeks}: ändrad efter rapporten – visa rättelsen`,
  links: "Länkar",
  callForwarding: "Vidarekoppling (portalen)",
  newRelic: "New Relic",
  jira: "Jira",
  openWindow: "Öppna Jour…",
  settings: "Inställningar…",
  quit: "Avsluta",
  quitTitle: "Avsluta Jour",
  quitMessage: "En incidenttimer går.",
  quitDetail: "Stoppa timern först, eller låt den fortsätta räkna tills Jour startas igen.",
  quitAnyway: "Avsluta, timern fortsätter",
  stopAndQuit: "Stoppa timern och avsluta",
  cancel: "Avbryt",
  newerDataTitle: "Uppdatera Jour",
  newerDataMessage: (file, { version, newest }) =>
    `Dina data (${file}) sparades av en nyare version av Jour (dataversion ${version}; den ` +
    `här versionen läser till och med ${newest}). Installera den senaste versionen av Jour ` +
    "för att öppna dem. Ingenting har ändrats, och Jour avslutas nu.",
  shortcutRefused: (accelerator) =>
    `Kortkommandot ${accelerator} kunde inte registreras (upptaget eller ogiltigt). Välj ett annat i Inställningar.`,
  preferencesKeptAside: (file) =>
    `Jours inställningar för den här datorn (andra mappen för säkerhetskopior, fönstrets storlek) gick inte att läsa. Filen sparades som ${file}; standardvärdena används. Dina data är orörda.`,
};

const en: ShellTexts = {
  startIncident: "Start incident (call received)",
  stopTimer: (elapsed) => `Stop timer (${elapsed})`,
  pause: "Pause",
  resume: "Resume",
  passed: "passed",
  storhelg: "major holiday",
  copyReport: (week) => `Copy report text (${week})`,
  moreReports: "More reports",
  lastWeek: (week) => `Last week (${week})`,
  allUnreported: (count) => `All unreported weeks (${count})`,
  copied: "Report text copied",
  copiedBody: (what) => `${what} – paste it into Jira.`,
  nothingToCopy: "Nothing to copy",
  copiedMarkBody: (what) =>
    `${what} – paste it into Jira, then mark them reported in the Jour menu.`,
  markReported: (weeks) => `Mark ${weeks} as reported`,
  markedReported: "Marked as reported",
  changedAfterReport: (weeks) => `${weeks}: changed after the report – show the correction`,
  links: "Links",
  callForwarding: "Call forwarding portal",
  newRelic: "New Relic",
  jira: "Jira",
  openWindow: "Open Jour…",
  settings: "Settings…",
  quit: "Quit",
  quitTitle: "Quit Jour",
  quitMessage: "An incident timer is running.",
  quitDetail: "Stop the timer first, or let it keep counting until Jour starts again.",
  quitAnyway: "Quit, the timer keeps running",
  stopAndQuit: "Stop the timer and quit",
  cancel: "Cancel",
  newerDataTitle: "Please update Jour",
  newerDataMessage: (file, { version, newest }) =>
    `Your data (${file}) was saved by a newer version of Jour (data version ${version}; ` +
    `this one reads up to ${newest}). Install the latest Jour to open it. Nothing was ` +
    "changed, and Jour quits now.",
  shortcutRefused: (accelerator) =>
    `The shortcut ${accelerator} could not be registered (taken or invalid). Choose another in Settings.`,
  preferencesKeptAside: (file) =>
    `Jour's preferences for this computer (the second backup folder, the window size) could not be read. The file was kept as ${file}; the defaults are used. Your data is untouched.`,
};

export function shellTexts(language: Language): ShellTexts {
  return language === "en" ? en : sv;
}
