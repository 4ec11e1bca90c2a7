import { CURRENT_SCHEMA_VERSION, emptyJourData } from "../shared/app/data/document";
import type { Incident, JourData } from "../shared/app/data/document";

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const START = Date.UTC(2016, 0, 4); // a Monday, ten years before the app's "now"
const YEARS = 10;

const summaries = [
  "Kassan ger 500 vid betalning med kort",
  "Sajten svarar inte, timeout mot databasen",
  "Inloggning fungerar inte för vissa användare",
  "Orderexport till affärssystemet står still",
  "Sökningen visar inga resultat efter deploy",
  "Bilder laddas inte, CDN svarar 403",
];
const noteLines = [
  "Kunden ringde via jourtelefonen, flyttade till Teams.",
  "New Relic: felfrekvensen steg kl. 02:10, samma minut som nattens deploy.",
  "ELMAH: NullReferenceException i CheckoutController.Confirm.",
  "Rollback till föregående release, kunden bekräftade att det fungerar.",
  "Skapade ärende för uppföljning i dagtid.",
];

/**
 * Ten years of an on-call engineer's data, deterministic: 5 000 incidents (about ten a
 * week on duty), each with 1–4 work intervals, notes, a Jira key and ticked runbook steps,
 * plus a dozen customers and the weekly bookkeeping. Valid under `parseJourData`.
 */
export function tenYearsOfData(incidentCount = 5_000, seed = 7): JourData {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const base = emptyJourData();
  const customers = Array.from({ length: 12 }, (_, i) => ({
    id: `c-${i + 1}`,
    name: `Kund ${i + 1} AB`,
    siteUrl: `https://www.kund${i + 1}.se`,
    newRelicUrl: `https://one.newrelic.com/nr1-core/apm/overview/MzI${i}NTk`,
    elmahUrl: `https://www.kund${i + 1}.se/elmah.axd`,
  }));
  let nextId = customers.length + 1;
  const id = (prefix: string) => `${prefix}-${nextId++}`;
  const span = YEARS * 365 * DAY;
  const incidents: Incident[] = [];
  for (let n = 0; n < incidentCount; n++) {
    const reportedAt = START + Math.floor((n / incidentCount) * span + random() * DAY);
    const priority = pick([1, 2, 2, 3] as const);
    let t = reportedAt + Math.floor(random() * 10) * MINUTE;
    const work = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const start = t;
      const end = start + (5 + Math.floor(random() * 120)) * MINUTE;
      t = end + Math.floor(random() * 60) * MINUTE;
      return { id: id("w"), start, end };
    });
    const rolledBack = random() < 0.15;
    incidents.push({
      id: id("i"),
      reportedAt,
      priority,
      customerId: pick(customers).id,
      summary: pick(summaries),
      notes: random() < 0.3 ? "" : noteLines.slice(0, 1 + Math.floor(random() * 5)).join("\n"),
      jiraKey: random() < 0.9 ? `WEB-${1000 + n}` : null,
      respondedAt: reportedAt + Math.floor(random() * 20) * MINUTE,
      rollbackRequestedAt: rolledBack ? reportedAt + 30 * MINUTE : null,
      rollbackStartedAt: rolledBack ? reportedAt + 45 * MINUTE : null,
      resolvedAt: t,
      work,
      checkedSteps: ["call", "classify", "new-relic", "elmah", "fix", "jira", "confirm"].slice(
        0,
        2 + Math.floor(random() * 6),
      ),
      timeline: [],
    });
  }
  // On duty one week in four; each such week reported and its checklists done.
  const dutyWeeks = Array.from({ length: (YEARS * 52) / 4 }, (_, i) => START + i * 28 * DAY);
  return {
    ...base,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { ...base.settings, customers },
    incidents,
    onDutyWeeks: dutyWeeks,
    reportedWeeks: dutyWeeks,
    weekChecklists: dutyWeeks.map((week) => ({ week, done: ["forwarding", "handover"] })),
    firedAlerts: incidents.flatMap((incident) => [
      `${incident.id}:response:15`,
      `${incident.id}:response:0`,
    ]),
    nextId,
  };
}
