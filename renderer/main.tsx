import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectJour } from "./api/connect";
import { preloadFirstView } from "./api/preload";
import { markBundleLoaded } from "./ui/first-render";
import "./styles.css";
import "./styles-record.css";

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
