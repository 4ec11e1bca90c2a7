import { withCsp } from "./csp";
import { isAppUrl } from "./routes";

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;

/** The parts of a session the hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: RequestHandler): void;
  setPermissionCheckHandler(handler: CheckHandler): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

// The one exception: the window's Copy buttons write text to the clipboard (write only,
// sanitized by Chromium), and only the app's own page may.
const allowed = (permission: string, url: string | undefined) =>
  permission === "clipboard-sanitized-write" && url !== undefined && isAppUrl(url);

/**
 * The window needs no camera, notifications from the page, geolocation or anything else a
 * page may ask for: every other permission is refused. Every response carries the strict
 * CSP, so even a response that did not come from the app:// handler is covered.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, origin) => allowed(permission, origin));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
}
