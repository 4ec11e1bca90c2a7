// `npm start` on a user's machine: npm may have skipped electron's install script
// (--ignore-scripts, a CI cache, a different platform), leaving no binary. Run it once here,
// so the first start downloads Electron instead of failing. Exits non-zero if that fails,
// with one line that says what to do (the installer's own stack trace helps nobody here).
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
  // stderr is kept, not shown: offline it is a "TypeError: fetch failed" stack.
  const result = spawnSync(process.execPath, [path.join(electronDir, "install.js")], {
    stdio: ["ignore", "inherit", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0 || !installed()) {
    if (process.env.JOUR_DEBUG) process.stderr.write(result.stderr ?? "");
    console.error(
      "Electron could not be downloaded (no network?): run npm start again once online, " +
        "or try Jour in a browser now with npm run preview.",
    );
    process.exit(1);
  }
}
