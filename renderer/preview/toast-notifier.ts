import { clickTarget } from "../../shared/app/ports";
import type { DesktopNotification, NotifierPort } from "../../shared/app/ports";

const SHOWN_MS = 8000;

/**
 * The preview's desktop notifications: a toast in the page's corner. Clicking it opens the
 * incident (or a reminder's view or link), as a desktop notification does.
 */
export function toastNotifier(): NotifierPort {
  return {
    notify(notification) {
      showToast(notification);
    },
  };
}

function toastRegion(): HTMLElement {
  let region = document.getElementById("toasts");
  if (!region) {
    region = document.createElement("div");
    region.id = "toasts";
    region.className = "toasts";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    document.body.append(region);
  }
  return region;
}

function showToast(notification: DesktopNotification): void {
  const toast = document.createElement("button");
  toast.type = "button";
  toast.className = notification.urgent ? "toast urgent" : "toast";
  const title = document.createElement("strong");
  title.textContent = notification.title;
  const body = document.createElement("span");
  body.textContent = notification.body;
  toast.append(title, body);
  toast.addEventListener("click", () => {
    const target = clickTarget(notification);
    if (target?.kind === "incident") {
      window.location.hash = `#/incident/${encodeURIComponent(target.id)}`;
    } else if (target?.kind === "view") {
      window.location.hash = `#/${target.view}`;
    } else if (target?.kind === "url" && /^https?:\/\//i.test(target.url)) {
      window.open(target.url, "_blank", "noopener");
    }
    toast.remove();
  });
  toast.addEventListener("keydown", (event) => {
    if (event.key === "Escape") toast.remove();
  });
  toastRegion().append(toast);
  setTimeout(() => toast.remove(), SHOWN_MS);
}
