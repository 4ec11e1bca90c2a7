// texts/: the bottom floor: words (sv, en), formats, the CSV writer, input errors, Language.
import type { Priority } from "../../index";
import { formatSpanText } from "./format";
import type { Language } from "./language";
import { enStorage, svStorage } from "./storage-texts";
import type { StorageTexts } from "./storage-texts";

const MINUTE_MS = 60_000;

/** The phrases of the app core in Swedish and English (the window has its own). */
export interface Texts {
  /** "P1 svar senast 14:05" */
  dueBy(priority: Priority, kind: DeadlineKind, when: string): string;
  /** At the deadline: "P1 svarstiden har passerat" */
  passed(priority: Priority, kind: DeadlineKind): string;
  /** Late by `agoMs`: "P1 svarstiden passerade för 12 min sedan", "… passerade nyss" */
  passedAgo(priority: Priority, kind: DeadlineKind, agoMs: number): string;
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
  /** The default runbook's steps (DOMAIN §1), by step id: see settings/runbook.ts. */
  runbook: Record<DefaultStepId, string>;
  /** Rest after night work (Arbetstidslagen § 13): the advice on Now and its notification. */
  rest: {
    title: string;
    /** "Dygnsvila: arbetade 02:10–03:40. För 11 h vila, börja tidigast 14:40 i dag" */
    advice(worked: string | null, minimum: string, start: string): string;
    today(clock: string): string;
    tomorrow(clock: string): string;
  };
  /** DOMAIN §4 "Whose week": a week the engineer does not hold. */
  whoseWeek: { notHeld: string };
  /** My jour weeks: the rotation, the next week, the calendar and handover reminders. */
  rotation: RotationTexts;
  timer: TimerTexts;
  /** The storage's faults and notices (storage-texts.ts). */
  storage: StorageTexts;
  /** The incident as a record: its timeline and SLA outcome in the Jira description. */
  record: RecordTexts;
}

/** The timer's watch (timer-watch.ts) and the global shortcut's confirmations. */
export interface TimerTexts {
  /** "Du var borta 23 min medan timern gick" */
  away(span: string): string;
  awayBody: string;
  /** "Timern har gått i 2 h" */
  longSession(span: string): string;
  longSessionBody: string;
  clockJumped: string;
  /** "Datorns klocka ställdes fram 3 h …" */
  clockJumpedBody(forward: boolean, span: string): string;
  started: string;
  /** "Stoppad vid 00:12:34" */
  stopped(elapsed: string): string;
  resumed: string;
}

export interface RotationTexts {
  /** "Nästa jourvecka v. 52 (22–28 dec)" */
  nextWeek(isoWeek: number, range: string): string;
  /** The calendar event: "Jourvecka v. 52" */
  eventSummary(isoWeek: number, storhelg: boolean): string;
  calendarName: string;
  /** `link`: a click opens the call forwarding portal (the setting is filled in). */
  weekStart: { title: string; body(range: string, link: boolean): string };
  weekEnd: { title: string; body(label: string): string };
  unreported: { title: string; body(labels: string): string };
  /** " (sent)": a reminder that fires late, after a sleep or with the app closed. */
  late(ago: string): string;
}

export interface RecordTexts {
  timeline: string;
  responded: string;
  rollbackRequested: string;
  rollbackStarted: string;
  resolved: string;
  slaMet: string;
  slaMissed(minutes: number): string;
  rollbackMet: string;
  rollbackMissed(minutes: number): string;
  /** The timeline was cut to fit the link: "… 3 more in Jour". */
  more(count: number): string;
}

export type DefaultStepId =
  "call" | "classify" | "new-relic" | "elmah" | "fix" | "jira" | "confirm";

export type DeadlineKind = "response" | "rollback";

const sv: Texts = {
  dueBy: (p, kind, when) => `P${p} ${kind === "response" ? "svar" : "rollback"} senast ${when}`,
  passed: (p, kind) => `P${p} ${kind === "response" ? "svarstiden" : "rollbacktiden"} har passerat`,
  passedAgo: (p, kind, agoMs) =>
    `P${p} ${kind === "response" ? "svarstiden" : "rollbacktiden"} passerade ${
      agoMs < MINUTE_MS ? "nyss" : `för ${formatSpanText(agoMs, "sv")} sedan`
    }`,
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
    report: 'Rapportera veckan i Jira (kryssa i "on call") med organisatörstexten',
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
  rest: {
    title: "Dygnsvila",
    advice: (worked, minimum, start) =>
      `Dygnsvila: ${worked ? `arbetade ${worked}. ` : ""}För ${minimum} vila, börja tidigast ${start}`,
    today: (clock) => `${clock} i dag`,
    tomorrow: (clock) => `${clock} i morgon`,
  },
  whoseWeek: { notHeld: "inte din jourvecka" },
  timer: {
    away: (span) => `Du var borta ${span} medan timern gick`,
    awayBody: "Behåll tiden, släng den eller stoppa timern när du gick – öppna Jour",
    longSession: (span) => `Timern har gått i ${span}`,
    longSessionBody: "Jobbar du fortfarande med incidenten? Annars: stoppa timern",
    clockJumped: "Datorns klocka ändrades medan timern gick",
    clockJumpedBody: (forward, span) =>
      `Den ställdes ${forward ? "fram" : "tillbaka"} ${span}. Timern räknar den verkliga tiden.`,
    started: "Incident startad",
    stopped: (elapsed) => `Timern stoppad vid ${elapsed}`,
    resumed: "Timern återupptagen",
  },
  storage: svStorage,
  rotation: {
    nextWeek: (w, range) => `Nästa jourvecka v. ${w} (${range})`,
    eventSummary: (w, storhelg) => `Jourvecka v. ${w}${storhelg ? " (storhelg)" : ""}`,
    calendarName: "Mina jourveckor",
    weekStart: {
      title: "Din jourvecka börjar: vidarekoppla telefonen",
      body: (range, link) =>
        `Jourveckan ${range}.${link ? " Klicka för att öppna vidarekopplingen." : ""}`,
    },
    weekEnd: {
      title: "Jourveckan är slut: rapportera veckan",
      body: (label) => `Rapportera ${label} i Jira. Klicka för att öppna veckorapporten.`,
    },
    unreported: {
      title: "Orapporterad jourvecka",
      body: (labels) => `Inte rapporterad än: ${labels}. Klicka för att öppna veckorapporten.`,
    },
    late: (ago) => `(för ${ago} sedan)`,
  },
  record: {
    timeline: "Tidslinje",
    responded: "Besvarad",
    rollbackRequested: "Rollback begärd",
    rollbackStarted: "Rollback påbörjad",
    resolved: "Löst",
    slaMet: "SLA: svarat i tid",
    slaMissed: (minutes) => `SLA: svarat ${minutes} min för sent`,
    rollbackMet: "Rollback: påbörjad i tid",
    rollbackMissed: (minutes) => `Rollback: påbörjad ${minutes} min för sent`,
    more: (count) => `… ${count} till i Jour`,
  },
};

const en: Texts = {
  dueBy: (p, kind, when) => `P${p} ${kind === "response" ? "respond" : "rollback"} by ${when}`,
  passed: (p, kind) => `P${p} ${kind === "response" ? "deadline" : "rollback deadline"} passed`,
  passedAgo: (p, kind, agoMs) =>
    `P${p} ${kind === "response" ? "deadline" : "rollback deadline"} passed ${
      agoMs < MINUTE_MS ? "just now" : `${formatSpanText(agoMs, "en")} ago`
    }`,
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
  rest: {
    title: "Daily rest",
    advice: (worked, minimum, start) =>
      `Daily rest: ${worked ? `worked ${worked}. ` : ""}For ${minimum} of rest, start ${start} at the earliest`,
    today: (clock) => `at ${clock} today`,
    tomorrow: (clock) => `at ${clock} tomorrow`,
  },
  whoseWeek: { notHeld: "not your on-call week" },
  timer: {
    away: (span) => `You were away ${span} while the timer ran`,
    awayBody: "Keep the time, discard it or stop the timer when you left – open Jour",
    longSession: (span) => `The timer has run for ${span}`,
    longSessionBody: "Still working on the incident? If not, stop the timer",
    clockJumped: "The computer's clock changed while the timer ran",
    clockJumpedBody: (forward, span) =>
      `It was set ${forward ? "forward" : "back"} ${span}. The timer counts the real time.`,
    started: "Incident started",
    stopped: (elapsed) => `Timer stopped at ${elapsed}`,
    resumed: "Timer resumed",
  },
  storage: enStorage,
  rotation: {
    nextWeek: (w, range) => `Next on-call week w. ${w} (${range})`,
    eventSummary: (w, storhelg) => `On-call week w. ${w}${storhelg ? " (major holiday)" : ""}`,
    calendarName: "My on-call weeks",
    weekStart: {
      title: "Your on-call week begins: forward the phone",
      body: (range, link) =>
        `On-call week ${range}.${link ? " Click to open call forwarding." : ""}`,
    },
    weekEnd: {
      title: "The on-call week is over: report the week",
      body: (label) => `Report ${label} in Jira. Click to open the week report.`,
    },
    unreported: {
      title: "Unreported on-call week",
      body: (labels) => `Not reported yet: ${labels}. Click to open the week report.`,
    },
    late: (ago) => `(${ago} ago)`,
  },
  record: {
    timeline: "Timeline",
    responded: "Responded",
    rollbackRequested: "Rollback requested",
    rollbackStarted: "Rollback started",
    resolved: "Resolved",
    slaMet: "SLA: responded in time",
    slaMissed: (minutes) => `SLA: responded ${minutes} min late`,
    rollbackMet: "Rollback: started in time",
    rollbackMissed: (minutes) => `Rollback: started ${minutes} min late`,
    more: (count) => `… ${count} more in Jour`,
  },
};

export function textsFor(language: Language): Texts {
  return language === "en" ? en : sv;
}
