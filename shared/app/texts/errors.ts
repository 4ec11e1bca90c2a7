import * as v from "valibot";
import { codeOfIssue, codeOfProblem, isErrorCode } from "./error-codes";
import type { CodedProblem, ErrorCode, ErrorParams } from "./error-codes";
import { decodeWireError } from "./error-wire";
import { inJourWords } from "./issue-words";

export type { ErrorCode, ErrorParams } from "./error-codes";

/**
 * Bad input from the user, a file or IPC. The message starts with the offending field
 * ("work.end: must be after work.start") so a log says exactly what to fix; `code` and
 * `params` say it again for the window, which words it in its language. The operation
 * that threw changed nothing.
 */
export class InputError extends Error {
  override readonly name: string = "InputError";
  readonly field: string;
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  /** Without a code, it is read off the English problem ("invalid" when unknown). */
  constructor(message: string, coded?: CodedProblem) {
    const field = message.split(":", 1)[0] ?? "";
    super(clipMessage(message));
    this.field = clip(field, MAX_FIELD_LENGTH);
    const colon = message.indexOf(": ");
    const problem = colon < 0 ? message : message.slice(colon + 2);
    const { code, params } = coded ?? codeOfProblem(problem);
    this.code = code;
    this.params = params;
  }

  /** The English problem after "field: ". */
  get problem(): string {
    const prefix = `${this.field}: `;
    return this.message.startsWith(prefix) ? this.message.slice(prefix.length) : this.message;
  }

  static of(
    field: string,
    problem: string,
    code?: ErrorCode,
    params: ErrorParams = {},
  ): InputError {
    return new InputError(`${field}: ${problem}`, code ? { code, params } : undefined);
  }

  /** From a valibot issue; `prefix` names the whole value ("settings", "argument"). */
  static fromIssue(issue: v.BaseIssue<unknown>, prefix = ""): InputError {
    return new InputError(`${fieldOfIssue(issue, prefix)}: ${issue.message}`, codeOfIssue(issue));
  }
}

export { encodeWireError as encodeInputError } from "./error-wire";

/** The InputError an encoded message (see error-wire.ts) or an InputError stands for. */
export function decodeInputError(error: unknown): InputError | null {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const wire = decodeWireError(message);
  if (!wire) return null;
  const { code, params } = wire;
  return new InputError(wire.message, isErrorCode(code) ? { code, params } : undefined);
}

/**
 * A document written by a newer Jour: its `schemaVersion` is above what this build reads.
 * Not corrupt, so a store must neither move it aside nor write over it: the user needs to
 * update Jour. As an import it is plain bad input (it is an InputError naming the field).
 */
export class NewerSchemaError extends InputError {
  override readonly name: string = "NewerSchemaError";

  constructor(
    /** The document's version. */
    readonly version: number,
    /** The newest version this build reads. */
    readonly newest: number,
  ) {
    super(
      `schemaVersion: ${version} was written by a newer Jour (this one reads up to ${newest})`,
      {
        code: "newerSchema",
        params: { version, newest },
      },
    );
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

/** At most this much of a field path, and of a problem, is told back (a bad value may be MBs). */
export const MAX_FIELD_LENGTH = 100;
export const MAX_PROBLEM_LENGTH = 200;

/** `text` cut to `max` characters, saying how long it was. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * "field: problem" with each part clipped: messages quote the bad value (valibot's
 * 'Expected … but received "…"', JSON.parse's), and an error must not echo 10 MB back.
 */
export function clipMessage(message: string): string {
  const colon = message.indexOf(": ");
  if (colon < 0) return clip(message, MAX_PROBLEM_LENGTH);
  const field = message.slice(0, colon);
  const problem = message.slice(colon + 2);
  return `${clip(field, MAX_FIELD_LENGTH)}: ${clip(problem, MAX_PROBLEM_LENGTH)}`;
}
/** Parses an argument or throws an InputError naming the field, in Jour's words. */
export function parseInput<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, raw, inJourWords);
  if (!result.success) throw InputError.fromIssue(firstIssue(result.issues));
  return result.output;
}
