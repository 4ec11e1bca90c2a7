import type { Language } from "../../shared/app/texts/language";

/** The shell's words for what it tells unasked about itself: a crash, an update ready. */
export interface NoticeTexts {
  windowGoneTitle: string;
  windowGone: (reason: string) => string;
  processGoneTitle: string;
  processGone: (type: string, reason: string) => string;
  updateReadyTitle: string;
  updateReady: (version: string) => string;
}

const sv: NoticeTexts = {
  windowGoneTitle: "Jours fönster stängdes oväntat",
  windowGone: (reason) =>
    `Fönstret stängdes (${reason}). Timern och larmen går som vanligt; öppna fönstret igen från menyraden. Detaljerna finns i loggen (Inställningar → Om).`,
  processGoneTitle: "En del av Jour stängdes oväntat",
  processGone: (type, reason) =>
    `${type} stängdes (${reason}). Detaljerna finns i loggen (Inställningar → Om).`,
  updateReadyTitle: "Uppdatering klar",
  updateReady: (version) =>
    `Jour ${version} är nedladdad och installeras när du avslutar Jour (inte medan en timer går).`,
};

const en: NoticeTexts = {
  windowGoneTitle: "Jour's window closed unexpectedly",
  windowGone: (reason) =>
    `The window closed (${reason}). The timer and the alerts go on; open the window again from the tray. The details are in the log (Settings → About).`,
  processGoneTitle: "A part of Jour closed unexpectedly",
  processGone: (type, reason) =>
    `${type} closed (${reason}). The details are in the log (Settings → About).`,
  updateReadyTitle: "Update ready",
  updateReady: (version) =>
    `Jour ${version} is downloaded and is installed when you quit Jour (not while a timer runs).`,
};

export function noticeTexts(language: Language): NoticeTexts {
  return language === "en" ? en : sv;
}
