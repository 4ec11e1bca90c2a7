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
  "update.failed": "The update failed: {reason}",
  "update.checkedAt": "Last checked {when}.",
  "windowError.title": "Something went wrong in the window",
  "windowError.body":
    "The error is logged (Settings → About → Open log folder). Your data is saved.",
  "windowError.retry": "Try again",
};
