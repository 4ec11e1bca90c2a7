// Builds the main process and the preload with esbuild into dist/electron/, and copies the
// tray icons beside them (the package holds dist/** only, not build/).
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { writeNotices } from "./third-party-notices.mjs";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "dist", "electron");

const common = {
  bundle: true,
  format: "cjs",
  sourcemap: "linked",
  logLevel: "warning",
  // Electron is the runtime, not a dependency to bundle.
  external: ["electron"],
};

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, "electron", "main.ts")],
    outfile: path.join(out, "main.cjs"),
    platform: "node",
    target: "node22", // Electron 45's Node
    // node-notifier finds its vendor binaries next to its own files: it must stay a real
    // package in node_modules (unpacked from the asar by electron-builder).
    // electron-log and electron-updater stay real packages too: electron-updater loads its
    // platform's updater and its helpers by path at run time, and both are `dependencies`,
    // which electron-builder packs (main.cjs loads electron-updater only when packaged).
    external: [...common.external, "node-notifier", "electron-log", "electron-updater"],
  }),
  build({
    ...common,
    entryPoints: [path.join(root, "electron", "preload.ts")],
    outfile: path.join(out, "preload.cjs"),
    // A sandboxed preload runs in the page's process: no Node, so one self-contained file.
    platform: "browser",
    target: "chrome140",
  }),
]);

const icons = path.join(out, "icons");
mkdirSync(icons, { recursive: true });
for (const file of readdirSync(path.join(root, "build", "icons"))) {
  cpSync(path.join(root, "build", "icons", file), path.join(icons, file));
}
cpSync(path.join(root, "build", "icon.png"), path.join(icons, "icon.png"));
// The licences of what the installer ships (electron-builder.yml: extraResources).
writeNotices();
console.log(
  `Built ${path.relative(root, out)}: main.cjs, preload.cjs, icons/; THIRD-PARTY-NOTICES`,
);
