import * as v from "valibot";
import { entityIdSchema } from "../../shared/app/data/document";

/** The scheme of Jour's deep links (also in electron-builder.yml's `protocols`). */
export const JOUR_SCHEME = "jour";

/** What a jour:// link asks for: each is what the tray item (or the shortcut) does. */
export type JourLink =
  | { action: "toggle" }
  | { action: "start" }
  | { action: "stop" }
  | { action: "incident"; incidentId: string };

export type ParsedLink = { ok: true; link: JourLink } | { ok: false; reason: string };

/** Longer than any link Jour understands: refused before it is looked at. */
const MAX_LENGTH = 200;

const refuse = (reason: string): ParsedLink => ({ ok: false, reason });

/**
 * Reads a jour:// link from outside (a softphone, a Stream Deck, a script, the OS). Only
 * the four exact forms are accepted, a trailing slash allowed (some launchers add one); the
 * scheme and the action are case-insensitive as URL schemes and hosts are, the id is not and
 * is checked like every id the window sends. Anything else (a query, a fragment, a user or
 * port, percent-escapes, more path) is refused with the reason, never guessed at.
 */
export function parseJourLink(raw: unknown): ParsedLink {
  if (typeof raw !== "string") return refuse("not a string");
  if (raw.length > MAX_LENGTH) return refuse(`longer than ${MAX_LENGTH} characters`);
  // Control characters, spaces and non-ASCII have no place in a link Jour reads.
  if (!/^[\x21-\x7e]*$/.test(raw)) return refuse("characters outside printable ASCII");
  const prefix = `${JOUR_SCHEME}://`;
  if (raw.slice(0, prefix.length).toLowerCase() !== prefix) return refuse("not a jour:// link");
  const rest = raw.slice(prefix.length).replace(/\/$/, "");
  if (/[?#@:%\\]/.test(rest)) return refuse("a query, fragment, user, port or escape");
  const [action = "", ...path] = rest.split("/");
  switch (action.toLowerCase()) {
    case "toggle":
    case "start":
    case "stop":
      if (path.length > 0) return refuse(`${action.toLowerCase()} takes no path`);
      return { ok: true, link: { action: action.toLowerCase() as "toggle" | "start" | "stop" } };
    case "incident": {
      if (path.length !== 1) return refuse("incident takes one id: jour://incident/<id>");
      const id = v.safeParse(entityIdSchema, path[0]);
      if (!id.success) return refuse("not an incident id");
      return { ok: true, link: { action: "incident", incidentId: id.output } };
    }
    default:
      return refuse("unknown action (toggle, start, stop or incident/<id>)");
  }
}

/**
 * The jour:// link among a launch's arguments (Windows and Linux hand the link to the app as
 * an argument, to the first instance or through `second-instance`), or null.
 */
export function linkInArgv(argv: unknown): string | null {
  // From another process (second-instance): never trusted to be what it should.
  if (!Array.isArray(argv)) return null;
  const prefix = `${JOUR_SCHEME}:`;
  const found: unknown = argv.find(
    (arg: unknown) =>
      typeof arg === "string" && arg.slice(0, prefix.length).toLowerCase() === prefix,
  );
  return typeof found === "string" ? found : null;
}

/** A link for the log: cut short, control characters shown as "?". */
export function linkForLog(raw: unknown): string {
  const text = typeof raw === "string" ? raw : typeof raw;
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\x00-\x1f\x7f]/g, "?");
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}
