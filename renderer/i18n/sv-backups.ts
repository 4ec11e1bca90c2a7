/** Swedish texts of the database's backups (Settings → Data). */
export const svBackups = {
  "backups.title": "Säkerhetskopior",
  "backups.intro":
    "Jour tar en kontrollerad säkerhetskopia av databasen efter ändringar, högst en gång i timmen. De 10 senaste sparas, en om dagen i 30 dagar och en i månaden i ett år.",
  "backups.preview":
    "Säkerhetskopior tas av skrivbordsappen. Förhandsvisningen i webbläsaren sparar i webbläsaren och har inga.",
  "backups.none": "Inga säkerhetskopior än: den första tas efter nästa ändring.",
  "backups.inData": "i datamappen",
  "backups.inSecond": "i den andra mappen",
  "backups.restore": "Återställ",
  "backups.restoreName": "Återställ säkerhetskopian från {when}",
  "backups.confirmTitle": "Återställa säkerhetskopian?",
  "backups.confirmText":
    "Datan ersätts av säkerhetskopian från {when}. Det som finns nu sparas först som en kopia under Sparade kopior, så att du kan ångra.",
  "backups.secondFolder": "Andra mapp: {folder}",
  "backups.noSecondFolder":
    "Lägg till en andra mapp (en synkad mapp eller en extern disk) så skrivs säkerhetskopiorna dit också.",
  "backups.chooseFolder": "Välj andra mapp…",
  "backups.changeFolder": "Byt mapp…",
  "backups.forgetFolder": "Sluta skriva dit",
  "backups.folderChosen": "Säkerhetskopiorna skrivs nu också till {folder}.",
  "backups.folderForgotten":
    "Säkerhetskopiorna skrivs inte längre till den andra mappen. De som finns där ligger kvar.",
} as const;
