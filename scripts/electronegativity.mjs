// Runs Doyensec's electronegativity over electron/ and renderer/ and fails on any finding
// above INFORMATIONAL (the tool itself always exits 0, so its findings are read here).
// It is run through its own API rather than its CLI: the CLI's CSV writer races its header
// against its rows (two async writes to one file), which overwrites the first finding.
// Findings reviewed as false positives are listed in `reviewed`, each with the reason.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

/** @type {{ issue: string; file: RegExp; sample?: string; why: string }[]} */
const reviewed = [
  {
    issue: "OPEN_EXTERNAL_JS_CHECK",
    file: /^electron\/links\.ts$/,
    why:
      "The one shell.openExternal of the app, reached only after isSafeExternalUrl accepted " +
      "an http(s) URL with a host (tests: javascript:, file:, data:, smb: are refused).",
  },
  {
    issue: "OPEN_EXTERNAL_JS_CHECK",
    file: /^renderer\/ui\/LinkButton\.tsx$/,
    why:
      "Not Electron's shell: the contract's openExternal({ url }) on the window's api " +
      "(shared/shell-api.ts). The renderer cannot import electron (lint) and has no Node; the " +
      "URL crosses IPC, where main checks the sender and the schema (http: or https: only), " +
      "then electron/links.ts filters it again before shell.openExternal.",
  },
  {
    issue: "PROTOCOL_HANDLER_JS_CHECK",
    file: /^electron\/start\.ts$/,
    why:
      "jour:// is registered on purpose (issue #23: a softphone or a script starts the " +
      "timer). Every link is parsed by electron/deep-link/jour-link.ts, which accepts only " +
      "toggle, start, stop and incident/<id> (ids checked like every IPC id; no query, " +
      "escapes or user part; fast-check tested); anything else is refused and logged. A link " +
      "does only what a tray item does.",
  },
  {
    issue: "CSP_GLOBAL_CHECK",
    file: /^renderer\/index\.html$/,
    sample: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
    why:
      "The <meta> policy of the page lacks object-src, base-uri and connect-src 'none', but " +
      "it is not the only one: main sends the strict policy as a header on every app:// " +
      "response (electron/window/csp.ts), and the browser enforces both, so the stricter " +
      "wins. Matched on the exact text: a changed meta policy is reviewed again.",
  },
];

/**
 * The scan runs offline, the same on every machine: the HTTP client of `pkg` (got) is
 * replaced by one that fails at once, which the tool reports and goes on from. Otherwise it
 * downloads translations on load, and where there is no network (CI here) got@11 retries
 * after the request has already failed, which on Node 24 throws out of a timer and kills the
 * process (got#1489).
 */
function runOffline(pkg) {
  const gotPath = require.resolve("got", { paths: [path.dirname(require.resolve(pkg))] });
  const refuse = () => Promise.reject(new Error("offline: the scan makes no network requests"));
  const offlineGot = Object.assign(refuse, { head: refuse, get: refuse });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot };
}

// One input folder holding both layers, so paths in the report read electron/… and renderer/….
const work = mkdtempSync(path.join(os.tmpdir(), "jour-electronegativity-"));
try {
  const input = path.join(work, "src");
  for (const layer of ["electron", "renderer"]) {
    cpSync(path.join(root, layer), path.join(input, layer), { recursive: true });
  }
  const electronVersion = require("electron/package.json").version;
  runOffline("@doyensec/electronegativity");
  const runElectronegativity = require("@doyensec/electronegativity");
  const result = await runElectronegativity({
    input,
    isRelative: true,
    isVerbose: false,
    customScan: [],
    // This check downloads Electron's release list from GitHub to see whether the version in
    // use has security fixes pending: offline (see runOffline) it could only say so.
    // Electron updates are a dependency update's business, not this scan's.
    excludeFromScan: ["AvailableSecurityFixesGlobalCheck"],
    electronVersionOverride: electronVersion,
  });
  // A file it could not parse was not checked: that is a failure, not a pass.
  if (result.errors.length > 0) {
    for (const error of result.errors)
      console.error("could not scan:", error.file, error.message ?? "");
  }
  const findings = result.issues.map((issue) => ({
    issue: issue.id,
    severity: issue.severity.name,
    file: issue.file.replaceAll("\\", "/"),
    location: `${issue.location.line}:${issue.location.column}`,
    sample: issue.sample ?? "",
  }));
  const serious = findings.filter((finding) => finding.severity !== "INFORMATIONAL");
  const isReviewed = (finding) =>
    reviewed.find(
      (entry) =>
        entry.issue === finding.issue &&
        entry.file.test(finding.file) &&
        (entry.sample === undefined || entry.sample === finding.sample),
    );
  const open = serious.filter((finding) => !isReviewed(finding));

  console.log(
    `electronegativity (Electron ${electronVersion}) over electron/ and renderer/: ` +
      `${findings.length} findings, ${serious.length} above informational, ${open.length} not reviewed.`,
  );
  for (const finding of serious) {
    const entry = isReviewed(finding);
    const where = `${finding.file}:${finding.location}`;
    if (entry) console.log(`  reviewed  ${finding.issue} ${finding.severity} ${where}`);
    else
      console.error(`  FINDING   ${finding.issue} ${finding.severity} ${where}  ${finding.sample}`);
  }
  process.exitCode = open.length > 0 || result.errors.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
