import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectJour } from "./api/connect";
import "./styles.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks #root");
const root = createRoot(container);

connectJour().then(
  (api) => root.render(<App api={api} />),
  (error: unknown) => {
    container.textContent = `Jour could not start: ${String(error)}`;
  },
);
