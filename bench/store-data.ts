import type { JourData } from "../shared/app/data/document";
import { tenYearsOfData } from "./ten-years";

const longNote = [
  "Kunden ringde via jourtelefonen kl. 02:10 och beskrev att kassan ger fel 500 vid kortbetalning.",
  "New Relic visar att felfrekvensen steg samma minut som nattens deploy; svarstiderna mot databasen",
  "ligger på 4–6 s. ELMAH: NullReferenceException i CheckoutController.Confirm (se stacktrace nedan).",
  "Rollback till föregående release påbörjad 02:45, klar 03:05; kunden bekräftade att köp går igenom.",
  "Uppföljning: ärende skapat i Jira med etiketterna Production och Jour, länk till New Relic-grafen.",
].join("\n");

/**
 * The heavy user of the issue: 20 000 incidents over ten years with long notes (about 2.5 kB
 * each), 55 MB as one file. Valid under `parseJourData` (notes stay below 20 000 characters).
 */
export function heavyUserData(): JourData {
  const data = tenYearsOfData(20_000, 11);
  return {
    ...data,
    incidents: data.incidents.map((incident, n) => ({
      ...incident,
      notes: `${incident.notes}\n${longNote}\n${longNote}\n${longNote}\n${longNote} (${n})`,
    })),
  };
}
