import type * as v from "valibot";

/**
 * Jour's own English for a validation issue whose schema gave no message, in place of the
 * validation library's ("Invalid type: Expected number but received NaN"): the window words
 * errors by their code, but the English problem is its fallback and what a log shows, and
 * it must read as Jour's. Never quotes the value (it may be huge, or NaN).
 */

type Issue = v.BaseIssue<unknown>;

const bound = (issue: Issue): string => {
  const requirement: unknown = issue.requirement;
  return typeof requirement === "number" || typeof requirement === "string"
    ? String(requirement)
    : "the limit";
};

/** "characters" for text, "items" for a list. */
const units = (issue: Issue): string => (typeof issue.input === "string" ? "characters" : "items");

const kinds: Readonly<Record<string, string>> = {
  string: "expected text",
  number: "expected a number",
  boolean: "expected true or false",
  array: "expected a list",
  tuple: "expected a list",
  object: "expected an object",
  loose_object: "expected an object",
  strict_object: "expected an object",
  record: "expected an object",
  null: "expected nothing (null)",
  undefined: "expected no value",
  literal: "expected one of the allowed values",
  picklist: "expected one of the allowed values",
  enum: "expected one of the allowed values",
  union: "expected one of the allowed kinds of value",
  variant: "expected one of the allowed kinds of value",
  integer: "expected a whole number",
  safe_integer: "expected a whole number",
  finite: "expected a finite number",
  non_empty: "must not be empty",
  regex: "is not in the expected format",
};

/** "expected one of 1, 2, 3" from the choices a picklist names, when they are few. */
function choices(issue: Issue): string | null {
  const expected = issue.expected?.replace(/^\((.*)\)$/, "$1");
  if (!expected || expected.length > 80) return null;
  return `expected one of ${expected.split(" | ").join(", ")}`;
}

export function issueWords(issue: Issue): string {
  // A key an exact object does not know (its expected value is "never").
  if (issue.kind === "schema" && issue.expected === "never") return "is not a known field";
  // A key an object needs and lacks (its expected value is the key's name, quoted).
  if (/object$/.test(issue.type) && issue.input === undefined && issue.path?.length) {
    return "is required";
  }
  switch (issue.type) {
    case "picklist":
    case "literal":
    case "enum":
      return choices(issue) ?? "expected one of the allowed values";
    case "min_value":
      return `must be at least ${bound(issue)}`;
    case "max_value":
      return `must be at most ${bound(issue)}`;
    case "gt_value":
      return `must be above ${bound(issue)}`;
    case "lt_value":
      return `must be below ${bound(issue)}`;
    case "min_length":
      return issue.requirement === 1
        ? "must not be empty"
        : `must have at least ${bound(issue)} ${units(issue)}`;
    case "max_length":
      return `must be at most ${bound(issue)} ${units(issue)}`;
    case "length":
      return `must have exactly ${bound(issue)} ${units(issue)}`;
    default:
      return (
        kinds[issue.type] ?? (issue.kind === "schema" ? "wrong kind of value" : "is not valid")
      );
  }
}

/** The parse options of every check whose errors may reach the window. */
export const inJourWords: v.Config<Issue> = { message: issueWords };
