/**
 * The one check of an external link, for the settings, the runbook's link templates and
 * `openExternal` alike (PRODUCT §4): an absolute http: or https: URL with a host, as the
 * WHATWG URL parser (the one browsers and Electron's shell use) reads it, and nothing that
 * can make the link look like something it is not:
 * - no user name or password (`https://good.se@evil.example/` goes to evil.example);
 * - no bidi control characters (U+202A–202E, U+2066–2069, U+200E/F reorder what is shown);
 * - no control characters or white space (the parser would drop some silently);
 * - no backslash (the parser reads `https:\\evil` as `https://evil`).
 */

/** What the parser gives back, as far as the check reads it. */
interface ParsedUrl {
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}

// shared/ is typed without DOM or Node (tsconfig.shared.json), but every runtime Jour runs
// in (Node, Electron, the browser) has the WHATWG URL class as a global.
const UrlClass = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Unicode spaces and separators beyond ASCII (the C0/C1 controls are checked by code).
const WIDE_SPACE = /[\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u3000\uFEFF]/;
const HTTP_START = /^https?:\/\/([^/?#]+)/i;

/** C0 controls, space, DEL and C1 controls. */
function hasControlOrSpace(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return WIDE_SPACE.test(raw);
}

/** The problem with `raw` as an external link, or null when it is a safe http(s) URL. */
export function urlProblem(raw: string): string | null {
  if (BIDI_CONTROLS.test(raw)) return "bidi control characters are not allowed in a link";
  if (hasControlOrSpace(raw)) return "spaces and control characters are not allowed in a link";
  if (raw.includes("\\")) return "a backslash is not allowed in a link";
  const authority = HTTP_START.exec(raw)?.[1];
  if (authority === undefined) return "only http: and https: links with a host open";
  // Checked on the text too: the parser keeps an empty user name ("https://@evil") silently.
  if (authority.includes("@")) return "a user name or password is not allowed in a link";
  let url: ParsedUrl;
  try {
    url = new UrlClass(raw);
  } catch {
    return "not a valid http(s) URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return "only http: and https: links with a host open";
  }
  if (url.hostname === "") return "only http: and https: links with a host open";
  if (url.username !== "" || url.password !== "") {
    return "a user name or password is not allowed in a link";
  }
  return null;
}

/** Whether `raw` is a safe external http(s) link (see urlProblem). */
export function isSafeHttpUrl(raw: string): boolean {
  return urlProblem(raw) === null;
}
