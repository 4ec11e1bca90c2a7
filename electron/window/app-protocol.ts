import path from "node:path";
import { CONTENT_SECURITY_POLICY } from "./csp";

/**
 * The renderer is served from app://jour/ rather than file://: a file:// page may read any
 * file the user can, and all file:// pages share one origin. Only files under the built
 * renderer folder are served; anything that resolves outside it is refused.
 */
export const APP_SCHEME = "app";
export const APP_HOST = "jour";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** For `protocol.registerSchemesAsPrivileged`, before the app is ready. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  // standard: a real origin (module scripts, relative URLs); secure: treated like https.
  // Not corsEnabled: that privilege lets other origins read app:// responses unchecked.
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/**
 * The file an app:// URL names under `root`, or null when the URL is foreign or escapes
 * the folder (`..`, encoded `%2e%2e`, backslashes, NUL).
 */
export function resolveAppPath(root: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes("\0") || pathname.includes("\\")) return null;
  const relative = pathname === "/" || pathname === "" ? "index.html" : pathname.slice(1);
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return null;
  return file;
}

export interface AppProtocolDeps {
  /** The built renderer folder (dist/renderer). */
  root: string;
  readFile: (file: string) => Promise<Uint8Array>;
}

/** The `protocol.handle` handler of app://. */
export function createAppProtocolHandler({ root, readFile }: AppProtocolDeps) {
  return async function handleAppRequest(request: Request): Promise<Response> {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return plain(405, "Method not allowed");
    }
    const file = resolveAppPath(root, request.url);
    if (file === null) return plain(403, "Forbidden");
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return plain(404, "Not found");
    }
    const type = contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    return new Response(request.method === "HEAD" ? null : Buffer.from(body), {
      status: 200,
      headers: {
        "Content-Type": type,
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Content-Type-Options": "nosniff",
      },
    });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain" } });
}
