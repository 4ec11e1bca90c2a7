import type { Priority } from "../index";
import type { Language } from "./settings";

/** The phrases of the app core in Swedish and English (the window has its own). */
export interface Texts {
  /** "P1 svar senast 14:05" */
  dueBy(priority: Priority, kind: DeadlineKind, when: string): string;
  /** At the deadline: "P1 svarstiden har passerat" */
  passed(priority: Priority, kind: DeadlineKind): string;
  /** Late: "P1 svarstiden passerade för 12 min sedan" */
  passedAgo(priority: Priority, kind: DeadlineKind, ago: string): string;
  /** "om 15 min" */
  inTime(span: string): string;
  unknownCustomer: string;
  untitledIncident: string;
  /** A save failed: the change is kept in memory and saved again later. */
  saveFailed: string;
  storhelg: string;
  look: { off: string; on: string; running: string; paused: string; alarm: string };
  weekStart: { forward: string; handover(when: string): string };
  weekEnd: { report: string; jiraKeys(missing: number): string };
  jiraDescription: { customer: string; priority: string; reported: string; notes: string };
  /** The default runbook's steps (DOMAIN §1), by step id: see settings.ts. */
  runbook: Record<DefaultStepId, string>;
  /** The incident as a record: its timeline and SLA outcome in the Jira description. */
  record: RecordTexts;
}

export interface RecordTexts {
  timeline: string;
  responded: string;
  rollbackRequested: string;
  rollbackStarted: string;
  resolved: string;
  slaMet: string;
  slaMissed(minutes: number): string;
  /** The timeline was cut to fit the link: "… 3 more in Jour". */
  more(count: number): string;
}

export type DefaultStepId =
  "call" | "classify" | "new-relic" | "elmah" | "fix" | "jira" | "confirm";

export type DeadlineKind = "response" | "rollback";

const sv: Texts = {
  dueBy: (p, kind, when) => `P${p} ${kind === "response" ? "svar" : "rollback"} senast ${when}`,
  passed: (p, kind) => `P${p} ${kind === "response" ? "svarstiden" : "rollbacktiden"} har passerat`,
  passedAgo: (p, kind, ago) =>
    `P${p} ${kind === "response" ? "svarstiden" : "rollbacktiden"} passerade för ${ago} sedan`,
  inTime: (span) => `om ${span}`,
  saveFailed: "Jour kunde inte spara – ändringen finns kvar och sparas vid nästa försök",
  unknownCustomer: "Okänd kund",
  untitledIncident: "Incident",
  storhelg: "storhelg",
  look: {
    off: "Jour: ledig",
    on: "Jour: i tjänst",
    running: "Jour: incident pågår",
    paused: "Jour: incidenttimern pausad",
    alarm: "Jour: deadline nära eller passerad",
  },
  weekStart: {
    forward: "Vidarekoppla jourtelefonen till din mobil (Telenor: Tjänster > Vidarekoppling)",
    handover: (when) => `Nästa överlämning: ${when}`,
  },
  weekEnd: {
    report: 'Rapportera veckan i Jira (kryssa i "jour") med organisatörstexten',
    jiraKeys: (missing) =>
      missing === 0
        ? "Alla incidenter har ett Jira-ärende"
        : `${missing} incident${missing === 1 ? "" : "er"} saknar Jira-ärende`,
  },
  jiraDescription: {
    customer: "Kund",
    priority: "Prioritet",
    reported: "Anmäld",
    notes: "Anteckningar",
  },
  runbook: {
    call: "Flytta samtalet till Teams om linjen är dålig",
    classify: "Kunden förklarar problemet; bestäm prioritet (P1/P2/P3)",
    "new-relic": "Undersök i New Relic",
    elmah: "Annars ELMAH: hitta felet i sajtens fellogg",
    fix: "Åtgärda, eller erbjud rollback (påbörjas inom 1 h)",
    jira: "Skapa Jira-ärende med etiketterna Production och Jour",
    confirm: "Kunden bekräftar att problemet är löst",
  },
  record: {
    timeline: "Tidslinje",
    responded: "Besvarad",
    rollbackRequested: "Rollback begärd",
    rollbackStarted: "Rollback påbörjad",
    resolved: "Löst",
    slaMet: "SLA: svarat i tid",
    slaMissed: (minutes) => `SLA: svarat ${minutes} min för sent`,
    more: (count) => `… ${count} till i Jour`,
  },
};

const en: Texts = {
  dueBy: (p, kind, when) => `P${p} ${kind === "response" ? "respond" : "rollback"} by ${when}`,
  passed: (p, kind) => `P${p} ${kind === "response" ? "deadline" : "rollback deadline"} passed`,
  passedAgo: (p, kind, ago) =>
    `P${p} ${kind === "response" ? "deadline" : "rollback deadline"} passed ${ago} ago`,
  inTime: (span) => `in ${span}`,
  saveFailed: "Jour could not save – the change is kept and saved at the next attempt",
  unknownCustomer: "Unknown customer",
  untitledIncident: "Incident",
  storhelg: "major holiday",
  look: {
    off: "Jour: off duty",
    on: "Jour: on duty",
    running: "Jour: incident running",
    paused: "Jour: incident timer paused",
    alarm: "Jour: deadline near or passed",
  },
  weekStart: {
    forward: "Forward the on-call number to your phone (Telenor: Tjänster > Vidarekoppling)",
    handover: (when) => `Next handover: ${when}`,
  },
  weekEnd: {
    report: 'Report the week in Jira (tick "on call") with the organizer text',
    jiraKeys: (missing) =>
      missing === 0
        ? "Every incident has a Jira issue"
        : `${missing} incident${missing === 1 ? "" : "s"} without a Jira issue`,
  },
  jiraDescription: {
    customer: "Customer",
    priority: "Priority",
    reported: "Reported",
    notes: "Notes",
  },
  runbook: {
    call: "Move the call to Teams if the line is poor",
    classify: "The customer explains the problem; decide the priority (P1/P2/P3)",
    "new-relic": "Investigate in New Relic",
    elmah: "Otherwise ELMAH: find the error in the site's error log",
    fix: "Fix it, or offer a rollback (started within 1 h)",
    jira: "Create a Jira issue with the labels Production and Jour",
    confirm: "The customer confirms that the problem is solved",
  },
  record: {
    timeline: "Timeline",
    responded: "Responded",
    rollbackRequested: "Rollback requested",
    rollbackStarted: "Rollback started",
    resolved: "Resolved",
    slaMet: "SLA: responded in time",
    slaMissed: (minutes) => `SLA: responded ${minutes} min late`,
    more: (count) => `… ${count} more in Jour`,
  },
};

export function textsFor(language: Language): Texts {
  return language === "en" ? en : sv;
}
