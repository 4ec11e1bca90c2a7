import type { NotificationTarget } from "../../shared/app/ports";
import type { WindowRoute } from "../window/routes";

/** What a clicked notification opens: its incident or a view in the window, or a link. */
export function createTargetOpener(deps: {
  openWindow: (route: WindowRoute) => void;
  openLink: (url: string) => Promise<boolean>;
}): (target: NotificationTarget) => void {
  return (target) => {
    switch (target.kind) {
      case "incident":
        deps.openWindow({ view: "incident", incidentId: target.id });
        return;
      case "url":
        // The link opener refuses anything but http(s).
        void deps.openLink(target.url);
        return;
      case "view":
        deps.openWindow({ view: target.view });
    }
  };
}
