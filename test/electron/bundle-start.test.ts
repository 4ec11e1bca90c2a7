import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelOf, jourMethods } from "../../shared/ipc";
import { readSavedJour } from "./store/fixtures/read-jour";

/**
 * The BUILT main process (dist/electron/main.cjs, what `electron .` runs) started under plain
 * Node with `electron` answered by test/electron/bundle/fake-electron.cjs. The other tests
 * import the sources through Vitest; this one catches what only the bundle can break.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const MAIN = path.join(ROOT, "dist/electron/main.cjs");
const FAKE = path.join(import.meta.dirname, "bundle/fake-electron.cjs");

interface Report {
  handled: string[];
  schemes: string[];
  trays: number;
  tooltips: string[];
  windows: Record<string, unknown>[];
  clicked: string[];
  loaded: string[];
  unknown: string[];
  errors: string[];
  exitCode: number;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function startBuiltMain(env: Record<string, string> = {}): {
  report: Report;
  stderr: string;
  userData: string;
} {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bundle-"));
  roots.push(root);
  const run = spawnSync(process.execPath, ["--require", FAKE, MAIN], {
    env: { ...process.env, JOUR_FAKE_ROOT: root, JOUR_FAKE_APP_PATH: ROOT, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  const line = run.stdout.split("\n").find((l) => l.startsWith("JOUR-REPORT "));
  if (!line) throw new Error(`no report; stderr: ${run.stderr}`);
  return {
    report: JSON.parse(line.slice("JOUR-REPORT ".length)) as Report,
    stderr: run.stderr,
    userData: path.join(root, "userData"),
  };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-electron.mjs")], {
    encoding: "utf8",
  });
  expect(build.status, build.stderr).toBe(0);
}, 60_000);

describe("the built main process", () => {
  it("starts: one tray, app:// served, every contract channel handled, nothing unknown used", () => {
    const { report, stderr } = startBuiltMain();
    expect(report.errors).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(report.trays).toBe(1);
    expect(report.tooltips[0]).toBe("Jour: ledig");
    expect(report.schemes).toEqual(["app"]);
    expect(report.handled).toEqual(expect.arrayContaining(jourMethods.map(channelOf)));
    expect(new Set(report.handled).size).toBe(report.handled.length);
    expect(report.unknown).toEqual([]);
    expect(stderr).not.toMatch(/\[jour\]/);
  }, 60_000);

  it("a tray click on Start incident opens a sandboxed window on it and stores it", async () => {
    const { report, stderr, userData } = startBuiltMain({ JOUR_FAKE_CLICK: "start-incident" });
    expect(report.errors).toEqual([]);
    expect(report.clicked).toEqual(["start-incident"]);
    expect(report.tooltips.at(-1)).toBe("Jour: incident pågår");
    expect(report.loaded).toEqual(["app://jour/index.html#/incident/i-1"]);
    expect(report.windows[0]).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: path.join(ROOT, "dist/electron/preload.cjs"),
    });
    const stored = await readSavedJour(userData); // the rows of jour.db
    expect(stored.incidents.map((i) => i.id)).toEqual(["i-1"]);
    expect(stored.timer).toMatchObject({ incidentId: "i-1" });
    expect(stored.timer?.runningSince).toEqual(expect.any(Number));
    expect(stderr).not.toMatch(/\[jour\]/);
  }, 60_000);
});
