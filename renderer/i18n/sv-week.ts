/** Swedish texts of "whose week", reporting and readable spans (issue #10). */
export const svWeek = {
  "week.askHeld": "Är det din jourvecka?",
  "week.askHeldWhy":
    "Ett samtal kom in {week}. Jourersättningen betalas bara för veckor du har jouren; timmarna betalas ändå.",
  "week.askHeldYes": "Ja, min jourvecka",
  "week.askHeldNo": "Nej, jag hjälpte till",
  "week.notHeld": "Inte din jourvecka",
  "week.nothingToReport": "Inget att rapportera: ingen jourvecka och ingen arbetad tid.",
  "week.passedJustNow": "passerad nyss",
} as const;
