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
  | { view: "settings" };

export function parseRoute(hash: string): Route {
  const [view = "", id] = hash.replace(/^#\/?/, "").split("/");
  switch (view) {
    case "incident":
      return { view: "incident", id: id ? decodeURIComponent(id) : null };
    case "report":
    case "weeks":
    case "history":
    case "settings":
      return { view };
    default:
      return { view: "now" };
  }
}

export function hrefOf(route: Route): string {
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
