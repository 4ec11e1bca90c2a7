import type { ErrorParams } from "../../shared/app/texts/error-codes";
import type { Translate } from "../i18n/i18n";
import { svI18n } from "../i18n/sv-i18n";
import type { MessageKey } from "../i18n/sv";
import { codedErrorOf } from "../api/coded-error";
import { documentFieldLabel } from "./document-field";

/**
 * The app core rejects bad input with an InputError: the field ("rules.handoverTime"),
 * a code and its params, which the window words in its own language (coded-error.ts reads
 * them in either host). An error without a code (a bug, a lost connection) keeps its own
 * message, "invalid" as its code: the English window shows the message, the Swedish one
 * a Swedish word for it.
 */
export interface FieldError {
  /** "rules.handoverTime" (without a leading "settings."), or "" when none is named. */
  field: string;
  /** The core's English problem (the fallback wording). */
  problem: string;
  code: string;
  params: ErrorParams;
}

export function parseFieldError(error: unknown): FieldError {
  const coded = codedErrorOf(error);
  if (coded) return { ...coded, field: coded.field.replace(/^settings\./, "") };
  const message = error instanceof Error ? error.message : String(error);
  const unwrapped = message.replace(/^.*?(?:InputError|Error): /, "");
  const match = /^([\w-]+(?:\.[\w-]+)*): (.+)$/s.exec(unwrapped);
  const field = match ? (match[1] ?? "").replace(/^settings\./, "") : "";
  const problem = match ? (match[2] ?? "") : unwrapped;
  return { field, problem, code: "invalid", params: {} };
}

const codeKeys: ReadonlySet<string> = new Set(
  Object.keys(svI18n).filter((key) => key.startsWith("code.")),
);

/** The problem in the window's language ("ligger i framtiden"). */
export function problemText(error: Pick<FieldError, "problem" | "code" | "params">, t: Translate) {
  const key = codeKeys.has(`code.${error.code}`)
    ? (`code.${error.code}` as MessageKey)
    : "code.invalid";
  return t(key, { ...error.params, problem: error.problem });
}

/** The field and its problem in the window's language, e.g. for a form to mark the field. */
export function explainError(error: unknown, t: Translate): { field: string; text: string } {
  const parsed = parseFieldError(error);
  return { field: parsed.field, text: problemText(parsed, t) };
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
  json: "field.json",
  // An import whose JSON is no Jour document at all ("[1, 2]").
  data: "field.json",
  csvStyle: "settings.csvStyle",
  at: "field.at",
  weeks: "field.weeks",
  schemaVersion: "field.schemaVersion",
  timer: "field.timer",
  priority: "incident.priority",
  customerId: "incident.customer",
  id: "field.id",
  copy: "field.copy",
  backup: "field.backup",
  folder: "field.folder",
  logFolder: "field.logFolder",
  year: "field.year",
  reportedAt: "field.reportedAt",
  respondedAt: "incident.responded",
  rollbackRequestedAt: "incident.rollbackRequested",
  rollbackStartedAt: "incident.rollbackStarted",
  resolvedAt: "incident.markResolved",
  text: "record.noteText",
};

/** The label the user sees for a field path ("customers.0.elmahUrl" → "Kund 1: ELMAH-adress"). */
export function fieldLabel(field: string, t: Translate): string {
  const direct = fieldKeys[field];
  if (direct) return t(direct);
  const inFile = documentFieldLabel(field, t, (part) => fieldLabel(part, t));
  if (inFile !== null) return inFile;
  // "Taxor rad 2: Taxa 1": a row of the rates' history, its field named as in the rules.
  const row = /^rateHistory\.(\d+)(?:\.(.+))?$/.exec(field);
  if (row) {
    const label = t("rates.row", { n: Number(row[1]) + 1 });
    const part = row[2];
    if (part === undefined) return label;
    return `${label}: ${part === "from" ? t("rates.fromLabel") : fieldLabel(`rules.${part}`, t)}`;
  }
  if (field === "rateHistory") return t("rates.history");
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

const unnamed: ReadonlySet<string> = new Set(["sender", "internal"]);

/** "Överlämningstid (HH:mm): ange en tid som HH:mm, till exempel 09:00" */
export function describeError(error: unknown, t: Translate): string {
  const parsed = parseFieldError(error);
  const text = problemText(parsed, t);
  return parsed.field && !unnamed.has(parsed.code)
    ? t("error.field", { field: fieldLabel(parsed.field, t), problem: text })
    : text;
}

/** @deprecated The core's errors carry a code: use explainError(error, t) or describeError. */
export function translateProblem(problem: string, t: Translate): string {
  return problemText({ problem, code: "invalid", params: {} }, t);
}
