import { APP_ORIGIN } from "./app-protocol";

/** What the window should show when it opens; the renderer reads the URL hash. */
export type WindowRoute =
  | { view: "now" }
  | { view: "incident"; incidentId: string }
  | { view: "settings" }
  | { view: "report" }
  | { view: "weeks" };

export function windowUrl(route: WindowRoute): string {
  const base = `${APP_ORIGIN}/index.html`;
  switch (route.view) {
    case "now":
      return `${base}#/`;
    case "incident":
      return `${base}#/incident/${encodeURIComponent(route.incidentId)}`;
    case "settings":
      return `${base}#/settings`;
    case "report":
      return `${base}#/report`;
    case "weeks":
      return `${base}#/weeks`;
  }
}

/** A URL of the app's own pages (and only those): app://jour/... */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.origin === APP_ORIGIN || `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
