import type { ErrorParams } from "./error-codes";

/**
 * An InputError's code and params across Electron's contextBridge, which keeps only an
 * Error's message: they ride at its end after a marker, and the window takes them off
 * again. No imports beyond types: the window's bundle carries this and nothing of the core.
 */
const CODE_MARK = "\n#jour-error ";

export interface WireError {
  /** "field: problem" (English), as the core wrote it. */
  message: string;
  code: string;
  params: ErrorParams;
}

export function encodeWireError(message: string, code: string, params: ErrorParams): string {
  return `${message}${CODE_MARK}${JSON.stringify({ code, params })}`;
}

/** The coded error a message carries, else null (also when IPC wrapped the message). */
export function decodeWireError(message: string): WireError | null {
  const at = message.lastIndexOf(CODE_MARK);
  if (at < 0) return null;
  // The transport may have wrapped it ("Error invoking remote method 'jour:x': Error: …").
  const plain = message.slice(0, at).replace(/^.*?(?:InputError|Error): /, "");
  let raw: unknown;
  try {
    raw = JSON.parse(message.slice(at + CODE_MARK.length));
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const { code, params } = raw as { code?: unknown; params?: unknown };
  const safe: Record<string, string | number> = {};
  if (typeof params === "object" && params !== null) {
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === "string" || typeof value === "number") safe[key] = value;
    }
  }
  return { message: plain, code: typeof code === "string" ? code : "invalid", params: safe };
}
