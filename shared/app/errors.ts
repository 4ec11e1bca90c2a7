import * as v from "valibot";

/**
 * Bad input from the user, a file or IPC. The message starts with the offending field
 * ("work.end: must be after work.start") so the window can say exactly what to fix; the
 * operation that threw changed nothing.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly field: string;

  constructor(message: string) {
    super(message);
    this.field = message.split(":", 1)[0] ?? "";
  }

  static of(field: string, problem: string): InputError {
    return new InputError(`${field}: ${problem}`);
  }

  /** From a valibot issue; `prefix` names the whole value ("settings", "argument"). */
  static fromIssue(issue: v.BaseIssue<unknown>, prefix = ""): InputError {
    return InputError.of(fieldOfIssue(issue, prefix), issue.message);
  }
}

/** The dotted path of an issue ("work.0.end"), under `prefix`; the prefix alone at the root. */
export function fieldOfIssue(issue: v.BaseIssue<unknown>, prefix = ""): string {
  const path = v.getDotPath(issue);
  if (path === null || path === "") return prefix || "argument";
  return prefix ? `${prefix}.${path}` : path;
}

/** valibot guarantees at least one issue on failure; this makes the type say so. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): v.BaseIssue<unknown> {
  const issue = issues[0];
  if (!issue) throw new Error("validation failed without an issue");
  return issue;
}
