/** The timer's watch (issue #10 points 4–5): the idle question and its settings. */
export const svTimer = {
  "idle.title": "Du var borta {span} medan timern gick",
  "idle.detail": "Ingen aktivitet {from}–{to}. Vad ska hända med den tiden?",
  "idle.keep": "Behåll tiden",
  "idle.discard": "Släng tiden, fortsätt från {to}",
  "idle.stop": "Stoppa timern kl. {from}",
  "settings.timerWatch": "Glömd timer",
  "settings.idleMinutes": "Fråga efter inaktivitet (min, 0 = av)",
  "settings.longSessionMinutes": "Påminn när timern gått (min, 0 = av)",
  "settings.resumeMinutes": "Kortkommandot återupptar inom (min, 0 = av)",
  "problem.shortcutTaken": "används redan av ett annat program",
  "problem.shortcutInvalid": "är inte ett giltigt kortkommando (t.ex. Ctrl+Alt+J)",
} as const;
