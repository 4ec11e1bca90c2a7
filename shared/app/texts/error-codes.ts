import type * as v from "valibot";

/**
 * What is wrong with an input, as a code the window words in its own language (the English
 * problem text stays in the message for logs and as the fallback). Every code has a text in
 * both of the window's tables; a test fails when one lacks it.
 */
export const errorCodes = [
  "invalid",
  "required",
  "tooSmall",
  "tooLarge",
  "notAbove",
  "notBelow",
  "tooShort",
  "tooLong",
  "integer",
  "number",
  "type",
  "choice",
  "format",
  "hhmm",
  "dateTime",
  "wallTimeGap",
  "instant",
  "url",
  "linkScheme",
  "urlCredentials",
  "urlBidi",
  "urlSpace",
  "urlBackslash",
  "timeZone",
  "jiraKey",
  "numericId",
  "idFormat",
  "idsDistinct",
  "instantRange",
  "afterStart",
  "afterOpen",
  "inFuture",
  "beforeReported",
  "beforeRollbackRequested",
  "afterRollbackStarted",
  "afterMilestone",
  "empty",
  "shortcutFormat",
  "name",
  "stepText",
  "lawFrom",
  "year",
  "notJson",
  "jsonObject",
  "newerSchema",
  "pickWeek",
  "weekdayRequired",
  "weekdaysDistinct",
  "weekday",
  "officeNeverOpens",
  "leadsDistinct",
  "notFound",
  "noTimer",
  "notPaused",
  "resolvedTimer",
  "shortcutTaken",
  "shortcutInvalid",
  "sender",
  "notTrashed",
  "idRepeated",
  "ratesFromWeek",
  "ratesWeekTaken",
  "ratesKeepOne",
  "weekRunning",
  "noBackups",
  "backupDamaged",
  "folderUnwritable",
  "folderNotOpened",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface CodedProblem {
  code: ErrorCode;
  params: ErrorParams;
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && knownCodes.has(code);
}

type Rule = [RegExp, ErrorCode, ...(string | undefined)[]];

// The core's English problems (custom messages of schemas, InputError.of and the rules'
// RangeErrors); capture groups become the named params. Case-sensitive: valibot's own
// defaults ("Invalid type: Expected …") are mapped by the issue's type instead.
const rules: Rule[] = [
  [/is in the future/, "inFuture"],
  [/is before the incident was reported/, "beforeReported"],
  [/is before the rollback was requested/, "beforeRollbackRequested"],
  [/is after the rollback started/, "afterRollbackStarted"],
  [/is after a milestone/, "afterMilestone"],
  [/^is empty$/, "empty"],
  [/expected a key combination/, "shortcutFormat"],
  [/must be after start/, "afterStart"],
  [/must be after office\.open/, "afterOpen"],
  [/the current law holds from (\d+)/, "lawFrom", "year"],
  [/expected a Gregorian year/, "year"],
  [/^not a JSON file \((.*)\)$/s, "notJson", "reason"],
  [/^not a JSON file/, "notJson"],
  [/expected a JSON object/, "jsonObject"],
  [/written by a newer Jour \(this one reads up to (\d+)\)/, "newerSchema", "newest"],
  [/at least one ISO weekday/, "weekdayRequired"],
  [/weekdays must be distinct/, "weekdaysDistinct"],
  [/expected an ISO weekday/, "weekday"],
  [/the office never opens/, "officeNeverOpens"],
  [/"HH:mm"/, "hhmm"],
  [/time zone/, "timeZone"],
  [/Jira key/, "jiraKey"],
  [/numeric (?:project|issue type) id/, "numericId"],
  [/a customer needs a name/, "name"],
  [/a step needs a text/, "stepText"],
  [/pick at least one week/, "pickWeek"],
  [/only http: and https: links/, "linkScheme"],
  [/a user name or password is not allowed in a link/, "urlCredentials"],
  [/bidi control characters are not allowed in a link/, "urlBidi"],
  [/spaces and control characters are not allowed in a link/, "urlSpace"],
  [/a backslash is not allowed in a link/, "urlBackslash"],
  [/http\(s\) URL/, "url"],
  [/expected a time in the years (\d+)–(\d+)/, "instantRange", "from", "to"],
  [/^expected a time \(epoch ms\)$/, "instant"],
  [/expected (?:an id \()?1–64 letters/, "idFormat"],
  [/ids must be distinct/, "idsDistinct"],
  [/^"[^"]*" is also /, "idRepeated"],
  [/lead times must be distinct/, "leadsDistinct"],
  [/expected at most (\d+) hours/, "tooLarge", "max"],
  [/at most (\d+) characters/, "tooLong", "max"],
  [/expected a positive whole number/, "integer"],
  [/expected a number(?: ≥ (\S+))?/, "number", "min"],
  [/^no timer is paused/, "notPaused"],
  [/^no timer/, "noTimer"],
  [/the incident is resolved/, "resolvedTimer"],
  [
    /^no (?:incident|customer|work interval|runbook step|week checklist item|timeline entry) /,
    "notFound",
  ],
  [/taken by another app/, "shortcutTaken"],
  [/not a valid shortcut/, "shortcutInvalid"],
  [/not the Jour window/, "sender"],
  [/internal error/, "internal"],
  [/give them as an entry of rateHistory/, "ratesFromWeek"],
  [/has rates already \(row (\d+)\)/, "ratesWeekTaken", "entry"],
  [/keep at least one entry of rates/, "ratesKeepOne"],
  [/is still in progress/, "weekRunning"],
];

/** The code of an English problem ("is in the future" → inFuture), "invalid" when unknown. */
export function codeOfProblem(problem: string): CodedProblem {
  for (const [pattern, code, ...names] of rules) {
    const match = pattern.exec(problem);
    if (!match) continue;
    const params: Record<string, string | number> = {};
    names.forEach((name, i) => {
      const value = match[i + 1];
      if (name && value !== undefined)
        params[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    });
    return { code, params };
  }
  return { code: "invalid", params: {} };
}

function requirementOf(issue: v.BaseIssue<unknown>): string | number | undefined {
  const requirement: unknown = issue.requirement;
  if (typeof requirement === "number" || typeof requirement === "string") return requirement;
  return undefined;
}

/** The code of a valibot issue: its own message where the schema gave one, else its type. */
export function codeOfIssue(issue: v.BaseIssue<unknown>): CodedProblem {
  const custom = codeOfProblem(issue.message);
  if (custom.code !== "invalid") return custom;
  const n = requirementOf(issue);
  const withN = (code: ErrorCode, name: string): CodedProblem =>
    n === undefined ? { code, params: {} } : { code, params: { [name]: n } };
  switch (issue.type) {
    case "min_value":
      return withN("tooSmall", "min");
    // An exclusive bound: "större än 0", not "minst 0" (which 0 itself would satisfy).
    case "gt_value":
      return withN("notAbove", "min");
    case "max_value":
      return withN("tooLarge", "max");
    case "lt_value":
      return withN("notBelow", "max");
    case "min_length":
    case "non_empty":
      return n === 1 || n === undefined
        ? { code: "required", params: {} }
        : withN("tooShort", "min");
    case "max_length":
      return withN("tooLong", "max");
    case "integer":
      return { code: "integer", params: {} };
    case "number":
    case "finite":
      return { code: "number", params: {} };
    case "regex":
      return { code: "format", params: {} };
    case "picklist":
    case "literal":
    case "union":
    case "variant":
    case "enum":
      return { code: "choice", params: {} };
    case "string":
    case "boolean":
    case "array":
    case "object":
    case "strict_object":
    case "undefined":
    case "null":
      return { code: "type", params: {} };
    default:
      return { code: "invalid", params: {} };
  }
}
