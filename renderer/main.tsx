import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectJour } from "./connect";
import { preloadFirstView } from "./api/preload";
import { markBundleLoaded } from "./ui/first-render";
// The styles, each beside what it styles; the order is the cascade's (later wins). The views
// are loaded lazily: their CSS is imported here so it arrives in this order (weeks.css aside).
import "./ui/base.css";
import "./ui/layout.css";
import "./ui/buttons.css";
import "./ui/forms.css";
import "./ui/badges.css";
import "./now/now.css";
import "./ui/checklists.css";
import "./incident/incident.css";
import "./report/report.css";
import "./history/history.css";
import "./settings/settings.css";
import "./preview/toasts.css";
import "./ui/narrow-window.css";
import "./ui/datetime-field.css";
import "./incident/intervals.css";
import "./ui/theme.css";
import "./now/rest-notice.css";
import "./report/rest-warning.css";
import "./report/week-record.css";
import "./ui/idle-question.css";
import "./ui/dialog.css";
import "./settings/kept-copies.css";
import "./ui/styles-record.css";

markBundleLoaded(); // the window benchmark times the first render from here

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks #root");
const root = createRoot(container);

connectJour().then(
  async (host) =>
    root.render(
      <App
        api={host.api}
        events={host.events}
        now={host.now}
        preloaded={await preloadFirstView(host.api)}
      />,
    ),
  (error: unknown) => {
    container.textContent = `Jour could not start: ${String(error)}`;
  },
);
