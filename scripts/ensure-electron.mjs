// `npm start` on a user's machine: npm may have skipped electron's install script
// (--ignore-scripts, a CI cache, a different platform), leaving no binary. Run it once here,
// so the first start downloads Electron instead of failing. Exits non-zero if that fails.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { spawnSync } from "node:child_process";

// JOUR_ELECTRON_DIR lets the test point at a stand-in package.
const electronDir =
  process.env.JOUR_ELECTRON_DIR ??
  path.dirname(createRequire(import.meta.url).resolve("electron/package.json"));

function installed() {
  const pathFile = path.join(electronDir, "path.txt");
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, "utf8").trim();
  return executable !== "" && existsSync(path.join(electronDir, "dist", executable));
}

if (!installed()) {
  console.log("Electron is not downloaded yet: fetching it (about 100 MB, once)…");
  const result = spawnSync(process.execPath, [path.join(electronDir, "install.js")], {
    stdio: "inherit",
  });
  if (result.status !== 0 || !installed()) {
    console.error("Electron could not be installed. Check the network, then run npm start again.");
    process.exit(1);
  }
}
