import type { ErrorParams } from "../../shared/app/texts/error-codes";
import { decodeWireError } from "../../shared/app/texts/error-wire";

/**
 * A core error as the window knows it: the field, the English problem, the code and its
 * params. It comes as an InputError (the in-page preview) or as an Error whose message
 * carries them (Electron's preload, see error-wire.ts). Read by shape, so the window's
 * bundle takes in nothing of the core (its validator, its problem table).
 */
export interface CodedError {
  field: string;
  problem: string;
  code: string;
  params: ErrorParams;
}

const problemOf = (message: string, field: string): string =>
  message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

export function codedErrorOf(error: unknown): CodedError | null {
  if (error instanceof Error && "code" in error && "field" in error) {
    const { code, field } = error;
    const params = "params" in error ? error.params : {};
    if (typeof code === "string" && typeof field === "string") {
      return {
        field,
        problem: problemOf(error.message, field),
        code,
        params: typeof params === "object" && params !== null ? (params as ErrorParams) : {},
      };
    }
  }
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const wire = decodeWireError(message);
  if (!wire) return null;
  const field = wire.message.split(":", 1)[0] ?? "";
  return { field, problem: problemOf(wire.message, field), code: wire.code, params: wire.params };
}

/** An Error with a code, as the core's InputError has (for the window's own checks). */
export function codedError(
  field: string,
  code: string,
  problem: string,
  params: ErrorParams = {},
): Error & CodedError {
  const error = Object.assign(new Error(`${field}: ${problem}`), { field, problem, code, params });
  error.name = "InputError";
  return error;
}
