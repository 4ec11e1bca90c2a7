import type { svAbout } from "./sv-about";

export const enAbout: Record<keyof typeof svAbout, string> = {
  "settings.about": "About",
  "about.version": "Version",
  "about.logFolder": "Logs",
  "about.openLogFolder": "Open log folder",
  "about.noLogFolder": "The browser preview keeps no log.",
  "about.updates": "Updates",
  "about.checkForUpdates": "Check for updates",
  "about.checking": "Checking for updates…",
  "update.unavailable":
    "Updates come only to an installed Jour (not to a development build or the preview).",
  "update.idle": "Not checked yet: Jour checks shortly after it starts and then daily.",
  "update.checking": "Checking for updates…",
  "update.upToDate": "Jour is up to date.",
  "update.downloading": "Downloading Jour {version}… {percent} %",
  "update.ready":
    "Jour {version} is downloaded and is installed when you quit Jour (not while a timer runs).",
  "update.failed.offline":
    "Jour cannot reach the update server – is the computer connected to the internet? Try again later.",
  "update.failed.not-found": "There is no published version of Jour to download yet.",
  "update.failed.server": "The update server answered with an error. Try again later.",
  "update.failed.no-space":
    "The update could not be downloaded: the disk is full. Free some space and try again.",
  "update.failed.no-permission":
    "The update could not be saved: Jour is not allowed to write to the folder it downloads to.",
  "update.failed.other": "The update failed (the log says why).",
  "update.checkedAt": "Last checked {when}.",
  "windowError.title": "Something went wrong in the window",
  "windowError.body":
    "The error is logged (Settings → About → Open log folder). Your data is saved.",
  "windowError.retry": "Try again",
};
