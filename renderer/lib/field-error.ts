import type { Translate } from "../i18n/i18n";
import type { MessageKey } from "../i18n/sv";

/**
 * The app core rejects bad input with "field.path: problem". Across IPC the message may be
 * wrapped ("Error invoking remote method 'jour:x': InputError: field: problem"), so the
 * last "field: problem" part is what counts.
 */
export interface FieldError {
  /** "rules.handoverTime" (without a leading "settings."), or "" when none is named. */
  field: string;
  problem: string;
}

export function parseFieldError(error: unknown): FieldError {
  const message = error instanceof Error ? error.message : String(error);
  const unwrapped = message.replace(/^.*?(?:InputError|Error): /, "");
  const match = /^([\w-]+(?:\.[\w-]+)*): (.+)$/s.exec(unwrapped);
  if (!match) return { field: "", problem: unwrapped };
  return { field: (match[1] ?? "").replace(/^settings\./, ""), problem: match[2] ?? "" };
}

const problemKeys: [RegExp, MessageKey][] = [
  [/only http: and https: links/, "problem.linkScheme"],
  [/http\(s\) URL|\^https\?:/, "problem.url"],
  [/"HH:mm"/, "problem.hhmm"],
  [/time zone/i, "problem.timeZone"],
  [/Jira key/, "problem.jiraKey"],
  [/must be after start/, "problem.afterStart"],
  [/after office\.open/, "problem.afterOpen"],
  [/needs a name/, "problem.name"],
  [/step needs a text/, "problem.stepText"],
  [/taken by another app/, "problem.shortcutTaken"],
  [/not a valid shortcut/, "problem.shortcutInvalid"],
];

/** The core's (English) problem in the window's language where it is a known one. */
export function translateProblem(problem: string, t: Translate): string {
  for (const [pattern, key] of problemKeys) if (pattern.test(problem)) return t(key);
  return problem;
}

const fieldKeys: Record<string, MessageKey> = {
  "rules.timeZone": "settings.timeZone",
  "rules.eveningsAsHolidays": "settings.eveningsAsHolidays",
  "rules.weekStartsOn": "settings.weekStartsOn",
  "rules.handoverTime": "settings.handoverTime",
  "rules.allowance.weeklySek": "settings.weeklySek",
  "rules.allowance.storhelgSupplement": "settings.storhelgSupplement",
  "rules.rounding": "settings.rounding",
  "rules.office.days": "settings.officeDays",
  "rules.office.open": "settings.officeOpen",
  "rules.office.close": "settings.officeClose",
  "rules.sla.p1Hours": "settings.slaP1",
  "rules.sla.p2Hours": "settings.slaP2",
  "rules.sla.p3HoursAfterOpening": "settings.slaP3",
  "rules.sla.rollbackHours": "settings.slaRollback",
  "links.callForwardingPortal": "settings.callForwardingPortal",
  "links.newRelic": "settings.newRelic",
  "links.jira": "settings.jira",
  "links.jiraProjectId": "settings.jiraProjectId",
  "links.jiraIssueTypeId": "settings.jiraIssueTypeId",
  "links.callLink": "settings.callLink",
  alertLeadMinutes: "settings.alertLeadMinutes",
  defaultPriority: "settings.defaultPriority",
  language: "settings.language",
  startAtLogin: "settings.startAtLogin",
  globalShortcut: "settings.globalShortcut",
  "rest.regular.days": "settings.restDays",
  "rest.regular.start": "settings.restStart",
  "rest.regular.end": "settings.restEnd",
  "rest.periodStart": "settings.restPeriodStart",
  "rest.dailyRestHours": "settings.restDaily",
  "rest.weeklyRestHours": "settings.restWeekly",
  "timerWatch.idleMinutes": "settings.idleMinutes",
  "timerWatch.longSessionMinutes": "settings.longSessionMinutes",
  "timerWatch.resumeMinutes": "settings.resumeMinutes",
  jiraKey: "incident.jiraKey",
  summary: "incident.summary",
  notes: "incident.notes",
  start: "work.start",
  end: "work.end",
  url: "link.url",
};

/** The label the user sees for a field path ("customers.0.elmahUrl" → "Kund 1: ELMAH-adress"). */
export function fieldLabel(field: string, t: Translate): string {
  const direct = fieldKeys[field];
  if (direct) return t(direct);
  const rate = /^rules\.rates\.(\d)$/.exec(field);
  if (rate) return t("settings.rate", { n: rate[1] ?? "" });
  const customer = /^customers\.(\d+)\.(\w+)/.exec(field);
  if (customer) {
    const key = customerFieldKeys[customer[2] ?? ""];
    const who = t("settings.customerN", { n: Number(customer[1]) + 1 });
    return key ? `${who}: ${t(key)}` : who;
  }
  const step = /^runbook\.(\d+)\.(\w+)/.exec(field);
  if (step) {
    const n = Number(step[1]) + 1;
    return step[2] === "link" ? t("settings.stepLink", { n }) : t("settings.stepText", { n });
  }
  if (field.startsWith("alertLeadMinutes")) return t("settings.alertLeadMinutes");
  const tail = field.split(".").pop() ?? "";
  const byTail = fieldKeys[tail];
  return byTail ? t(byTail) : field;
}

const customerFieldKeys: Record<string, MessageKey> = {
  name: "settings.customerName",
  siteUrl: "settings.siteUrl",
  newRelicUrl: "settings.newRelicUrl",
  elmahUrl: "settings.elmahUrl",
};

/** "Överlämningstid (HH:mm): ange en tid som HH:mm" */
export function describeError(error: unknown, t: Translate): string {
  const { field, problem } = parseFieldError(error);
  const text = translateProblem(problem, t);
  return field ? t("error.field", { field: fieldLabel(field, t), problem: text }) : text;
}
