/** Swedish texts of the rest rule (Arbetstidslagen §§ 13–14). */
export const svRest = {
  "rest.title": "Vila",
  "rest.reportTitle": "Vila {week}",
  "rest.noShortDays": "Ingen dygnsvila under {hours}.",
  "rest.day": "Dygn",
  "rest.rested": "Vila",
  "rest.short": "Saknas",
  "rest.earliest": "Tidigast start",
  "rest.shortDaysCaption": "Dygn med för kort dygnsvila, {week}",
  "rest.weekly": "Veckans längsta sammanhängande vila: {hours} (minst {minimum}).",
  "rest.weeklySoFar":
    "Veckans längsta sammanhängande vila hittills: {hours} (minst {minimum}). Veckan pågår.",
  "rest.weeklyShort": "{short} kortare än veckovilan: be om kompensationsledighet.",
  "rest.dailyHint": "Vid kort dygnsvila har du rätt till motsvarande ledighet (ATL § 13).",
  "history.exportRest": "Exportera vila (CSV)",
  "settings.rest": "Vila efter arbete",
  "settings.restIntro":
    "Dygnsvila och veckovila enligt arbetstidslagen §§ 13–14. Ordinarie arbetstid räknas som arbete, liksom varje incident.",
  "settings.restDays": "Ordinarie arbetsdagar",
  "settings.restStart": "Ordinarie arbetstid börjar (HH:mm)",
  "settings.restEnd": "Ordinarie arbetstid slutar (HH:mm)",
  "settings.restPeriodStart": "Dygnet börjar (HH:mm)",
  "settings.restDaily": "Dygnsvila minst (h)",
  "settings.restWeekly": "Veckovila minst (h)",
  "settings.restShowOnNow": "Visa dygnsvilan på Nu efter nattarbete",
  "settings.restNotify": "Avisera när nattens timer stoppas",
  "settings.restInReport": "Visa vilan i veckorapporten",
} as const;
