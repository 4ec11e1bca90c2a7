import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectJour } from "./api/connect";
import { preloadFirstView } from "./api/preload";
import { markBundleLoaded } from "./lib/first-render";
import "./styles.css";

markBundleLoaded(); // the window benchmark times the first render from here

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks #root");
const root = createRoot(container);

connectJour().then(
  async (api) => root.render(<App api={api} preloaded={await preloadFirstView(api)} />),
  (error: unknown) => {
    container.textContent = `Jour could not start: ${String(error)}`;
  },
);
