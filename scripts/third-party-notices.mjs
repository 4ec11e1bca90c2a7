// Writes dist/THIRD-PARTY-NOTICES.txt: the licence texts of every package the installer
// ships (the production dependency tree of package-lock.json, which electron-builder packs)
// and of the programs node-notifier carries in vendor/ (SnoreToast under LGPL-3.0, notifu,
// terminal-notifier). electron-builder.yml ships it beside the app (extraResources).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The installed packages npm counts as production: "node_modules/…" paths of the lock. */
export function shippedPackages(lock = readJson(path.join(root, "package-lock.json"))) {
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith("node_modules/") && !entry.dev)
    .map(([key, entry]) => ({
      dir: key,
      name: key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length),
      version: entry.version,
      license: entry.license ?? "UNKNOWN",
    }))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

/** The programs in node-notifier's vendor/ and their licence files. */
export const vendorPrograms = [
  {
    name: "SnoreToast (node-notifier/vendor/snoreToast)",
    license: "LGPL-3.0",
    file: "snoreToast/LICENSE",
  },
  { name: "Notifu (node-notifier/vendor/notifu)", license: "BSD-3-Clause", file: "notifu/LICENSE" },
  {
    name: "terminal-notifier (node-notifier/vendor/mac.noindex)",
    license: "MIT",
    file: "terminal-notifier-LICENSE",
  },
];

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const licenceFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => /^(licen[cs]e|copying|notice)/i.test(file))
        .sort()
    : [];

export function noticesText() {
  const parts = [
    "Jour ships the following third-party software. Each is listed with its licence text.",
  ];
  for (const pkg of shippedPackages()) {
    const dir = path.join(root, pkg.dir);
    const files = licenceFiles(dir);
    const texts = files.map((file) => readFileSync(path.join(dir, file), "utf8").trim());
    parts.push(
      [
        `==== ${pkg.name}@${pkg.version} (${pkg.license})`,
        ...(texts.length > 0
          ? texts
          : [`Licensed under ${pkg.license}; the package has no licence file.`]),
      ].join("\n\n"),
    );
  }
  const vendor = path.join(root, "node_modules/node-notifier/vendor");
  for (const program of vendorPrograms) {
    const text = readFileSync(path.join(vendor, program.file), "utf8").trim();
    parts.push(`==== ${program.name} (${program.license})\n\n${text}`);
  }
  return `${parts.join("\n\n\n")}\n`;
}

export const NOTICES_FILE = path.join(root, "dist", "THIRD-PARTY-NOTICES.txt");

export function writeNotices() {
  mkdirSync(path.dirname(NOTICES_FILE), { recursive: true });
  writeFileSync(NOTICES_FILE, noticesText());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeNotices();
  console.log(`Wrote ${path.relative(root, NOTICES_FILE)}`);
}
