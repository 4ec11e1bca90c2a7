/** Texts of the rates in force (issue 21.4) and of reporting a week in progress (21.5). */
export const svRates = {
  "rates.title": "Taxor och jourersättning",
  "rates.intro":
    "Varje vecka betalas med taxorna som gäller vid dess överlämning. En ändring gäller från en vecka; veckorna före behåller sina taxor.",
  "rates.history": "Taxor som gäller",
  "rates.fromStart": "Från början",
  "rates.fromWeek": "Från {week} {year}",
  "rates.entry": "{rates} kr/h, jourvecka {allowance}, storhelg +{percent} %",
  "rates.alsoEarlier": "gäller även veckorna före",
  "rates.remove": "Ta bort",
  "rates.removeName": "Ta bort taxorna {from}",
  "rates.change": "Ändra taxorna",
  "rates.fromLabel": "Gäller från vecka",
  "rates.nextWeek": "{week} {year} (nästa vecka)",
  "rates.weekOption": "{week} {year} · {range}",
  "rates.save": "Spara taxorna från {week}",
  "rates.saved": "Tillagt: taxorna från {week} {year}.",
  "rates.row": "Taxor rad {n}",
  "rates.inForce": "Taxor {week}: {rates} kr/h, jourvecka {allowance}",
  "rates.inForceStorhelg":
    "Taxor {week}: {rates} kr/h, jourvecka {allowance}, storhelg +{percent} %",
  "report.runningTitle": "Markera {week} som rapporterad?",
  "report.runningBody":
    "{week} pågår till {end}. Markera som rapporterad ändå? Påminnelserna om överlämningen slutar.",
  "report.runningConfirm": "Markera ändå",
} as const;
