/** Swedish texts of Settings → About: the version, the log folder and the updates. */
export const svAbout = {
  "settings.about": "Om",
  "about.version": "Version",
  "about.logFolder": "Loggar",
  "about.openLogFolder": "Öppna loggmappen",
  "about.noLogFolder": "Förhandsvisningen i webbläsaren sparar ingen logg.",
  "about.updates": "Uppdateringar",
  "about.checkForUpdates": "Sök efter uppdateringar",
  "about.checking": "Söker efter uppdateringar…",
  "update.unavailable":
    "Uppdateringar kommer bara till installerade Jour (inte till en utvecklingsversion eller förhandsvisningen).",
  "update.idle": "Ingen sökning ännu: Jour söker strax efter start och sedan varje dag.",
  "update.checking": "Söker efter uppdateringar…",
  "update.upToDate": "Jour är uppdaterad.",
  "update.downloading": "Laddar ner Jour {version}… {percent} %",
  "update.ready":
    "Jour {version} är nedladdad och installeras när du avslutar Jour (inte medan en timer går).",
  // Why an update failed, by kind (shared/app/texts/host-faults.ts); the updater's own
  // English is in the log.
  "update.failed.offline":
    "Jour når inte uppdateringsservern – är datorn ansluten till internet? Försök igen senare.",
  "update.failed.not-found": "Det finns ingen publicerad version av Jour att hämta ännu.",
  "update.failed.server": "Uppdateringsservern svarade med ett fel. Försök igen senare.",
  "update.failed.no-space":
    "Uppdateringen kunde inte laddas ner: disken är full. Frigör utrymme och försök igen.",
  "update.failed.no-permission":
    "Uppdateringen kunde inte sparas: Jour saknar behörighet till mappen den laddas ner till.",
  "update.failed.other": "Uppdateringen misslyckades (orsaken står i loggen).",
  "update.checkedAt": "Senast sökt {when}.",
  "windowError.title": "Något gick fel i fönstret",
  "windowError.body":
    "Felet är loggat (Inställningar → Om → Öppna loggmappen). Dina data är sparade.",
  "windowError.retry": "Försök igen",
} as const;
