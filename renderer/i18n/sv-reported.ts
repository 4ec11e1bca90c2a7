/** Swedish texts of a reported week's record: what was reported, changes since, corrections. */
export const svReported = {
  "reported.title": "Rapporterat",
  "reported.signed": "Rapporterad {sek}",
  "reported.signedAt": "Rapporterad {sek} · {when}",
  "reported.changed": "Rapporterad {old} · nu {now} (ändrad efter rapporten)",
  "reported.changedShort": "ändrad efter rapporten",
  "reported.legacy":
    "Rapporterad (innan Jour sparade vad som rapporterades: inget att jämföra med)",
  "reported.unmarked": "Ej rapporterad · tidigare rapporterad {sek} ({when})",
  "reported.whatChanged": "Vad som ändrats",
  "reported.hours": "Taxa {n}: {before} → {after}",
  "reported.rate": "Taxa {n}: {before}/h → {after}/h",
  "reported.allowance": "Jourersättning: {before} → {after}",
  "reported.heldNow": "Veckan räknas nu som din jourvecka (jourersättning tillkommer)",
  "reported.heldNoMore": "Veckan räknas inte längre som din jourvecka (ingen jourersättning)",
  "reported.incidentRemoved": "Borttagen: {name}",
  "reported.incidentAdded": "Tillagd: {name}",
  "reported.incidentEdited": "Ändrad tid: {name}",
  "reported.correction": "Rättelse att klistra in i Jira",
  "reported.copyCorrection": "Kopiera rättelsen",
  "reported.markCorrection": "Markera rättelsen som rapporterad",
  "reported.history": "Tidigare rapporter ({count})",
  "reported.kindReport": "Rapport",
  "reported.kindCorrection": "Rättelse",
  "reported.confirmTitle": "{weeks} är rapporterad",
  "reported.confirmDelete":
    "{weeks} är rapporterad. Tar du bort incidenten ändras veckans ersättning, och Veckorapporten visar en rättelse att rapportera. Det som rapporterades sparas.",
  "reported.confirmEdit":
    "{weeks} är rapporterad. Ändrar du arbetstiden kan veckans ersättning ändras, och Veckorapporten visar då en rättelse att rapportera. Det som rapporterades sparas.",
  "reported.deleteAnyway": "Ta bort ändå",
  "reported.saveAnyway": "Spara ändå",
  "reported.incidentNote": "{weeks} är rapporterad: ändringar av arbetstiden blir en rättelse.",
} as const;
