import type { Language } from "../../shared/app/texts/language";

/** What Jour says after following a jour:// link (a notification, since no window asked). */
export interface LinkTexts {
  started: string;
  startedBody: string;
  stopped: string;
  stoppedBody: string;
  noTimer: string;
  noTimerBody: string;
  opened: string;
  openedBody: (title: string) => string;
  refused: string;
  refusedBody: string;
  failed: string;
}

const sv: LinkTexts = {
  started: "Incident startad",
  startedBody: "Timern går (från en jour://-länk).",
  stopped: "Timern är stoppad",
  stoppedBody: "Stoppad från en jour://-länk.",
  noTimer: "Ingen timer går",
  noTimerBody: "jour://stop hade inget att stoppa.",
  opened: "Incidenten är öppnad",
  openedBody: (title) => `${title} (från en jour://-länk).`,
  refused: "Länken förstods inte",
  refusedBody: "Jour förstår jour://toggle, jour://start, jour://stop och jour://incident/<id>.",
  failed: "Länken kunde inte följas",
};

const en: LinkTexts = {
  started: "Incident started",
  startedBody: "The timer is running (from a jour:// link).",
  stopped: "Timer stopped",
  stoppedBody: "Stopped from a jour:// link.",
  noTimer: "No timer is running",
  noTimerBody: "jour://stop had nothing to stop.",
  opened: "Incident opened",
  openedBody: (title) => `${title} (from a jour:// link).`,
  refused: "Link not understood",
  refusedBody:
    "Jour understands jour://toggle, jour://start, jour://stop and jour://incident/<id>.",
  failed: "The link could not be followed",
};

export function linkTexts(language: Language): LinkTexts {
  return language === "en" ? en : sv;
}
