import { useSyncExternalStore } from "react";

/**
 * The view lives in the URL's hash ("#/incident/12"), so the shell can open a view directly
 * (a clicked notification opens its incident) and the back key works; the window itself
 * never navigates away.
 */
export type Route =
  | { view: "now" }
  | { view: "incident"; id: string | null }
  | { view: "report" }
  | { view: "weeks" }
  | { view: "history" }
  | { view: "settings"; section?: string; field?: string }
  | { view: "setup" };

export function parseRoute(hash: string): Route {
  const [view = "", id] = hash.replace(/^#\/?/, "").split("/");
  switch (view) {
    case "incident":
      return { view: "incident", id: id ? decodeURIComponent(id) : null };
    case "settings":
      return settingsRoute(hash);
    case "report":
    case "weeks":
    case "history":
    case "setup":
      return { view };
    default:
      return { view: "now" };
  }
}

/** "#/settings/links/links.jira": a section of Settings, and the field to focus in it. */
function settingsRoute(hash: string): Route {
  const [, section, field] = hash.replace(/^#\/?/, "").split("/");
  return {
    view: "settings",
    ...(section ? { section: decodeURIComponent(section) } : {}),
    ...(field ? { field: decodeURIComponent(field) } : {}),
  };
}

export function hrefOf(route: Route): string {
  if (route.view === "settings" && route.section) {
    const field = route.field ? `/${encodeURIComponent(route.field)}` : "";
    return `#/settings/${encodeURIComponent(route.section)}${field}`;
  }
  if (route.view === "incident") {
    return route.id ? `#/incident/${encodeURIComponent(route.id)}` : "#/incident";
  }
  return `#/${route.view}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
