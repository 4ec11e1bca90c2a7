import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { yearsOfData } from "./app-data";

/**
 * The built main process (dist/electron/main.cjs) under the fake Electron of the bundle test
 * (test/electron/bundle/fake-electron.cjs), over ten years of data ending now: the CPU time
 * it spends per hour once started, from `process.cpuUsage` inside it, in three states:
 * - window closed, no timer: the 5 s alert tick and the tray refresh;
 * - timer running: the tray refreshed every second (its menu shows the seconds);
 * - Now visible: the window open; it asks for the status only when main pushes a change
 *   (jour:changed), and its clocks tick by themselves, so no request per second.
 * Each is followed by its floor: an empty process waking as often (floor-main.cjs).
 */
const ROOT = path.resolve(import.meta.dirname, "..");
// Another build's main.cjs (copied beside this one) may be measured the same way, for a
// before/after: JOUR_BENCH_MAIN=dist/electron/main-before.cjs.
const MAIN = path.resolve(ROOT, process.env["JOUR_BENCH_MAIN"] ?? "dist/electron/main.cjs");
const FAKE = path.resolve(import.meta.dirname, "../test/electron/bundle/fake-electron.cjs");
// The start is not counted: loading and checking the data, the first tick, the idle
// preparation of the newest year's bytes, and V8's memory reducer, which compacts the heap
// a few times once the start's allocation stops (about 25 s in, ~100 ms of CPU, once). The
// hour is extrapolated from the steady state after it, not from that one-off tail.
const START_MS = 45_000;

export interface MainFigure {
  name: string;
  cpuSecondsPerHour: number;
  /** An empty process waking on the same schedule, measured just after (floor-main.cjs). */
  floorSecondsPerHour: number;
  menusPerMinute: number;
  budget: number;
}

const FLOOR = path.resolve(import.meta.dirname, "floor-main.cjs");

interface Report {
  errors: string[];
  measured?: { ms: number; cpuMs: number; menus: number };
}

function run(
  main: string,
  data: unknown,
  measureMs: number,
  env: Record<string, string>,
): Promise<{ ms: number; cpuMs: number; menus: number }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "jour-bench-main-"));
  const userData = path.join(root, "userData");
  fs.mkdirSync(userData, { recursive: true });
  fs.writeFileSync(path.join(userData, "jour.json"), JSON.stringify(data));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", FAKE, main], {
      env: {
        ...process.env,
        JOUR_FAKE_ROOT: root,
        JOUR_FAKE_APP_PATH: ROOT,
        JOUR_FAKE_RUN_MS: String(START_MS + measureMs),
        JOUR_FAKE_MEASURE_FROM_MS: String(START_MS),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("close", () => {
      fs.rmSync(root, { recursive: true, force: true });
      const line = out.split("\n").find((l) => l.startsWith("JOUR-REPORT "));
      const report = line ? (JSON.parse(line.slice("JOUR-REPORT ".length)) as Report) : null;
      if (!report?.measured || report.errors.length > 0) {
        reject(new Error(`main process: ${JSON.stringify(report?.errors)} ${err}`));
      } else resolve(report.measured);
    });
  });
}

export async function benchMainProcess(measureMs = 30_000): Promise<MainFigure[]> {
  if (!process.env["JOUR_BENCH_MAIN"]) {
    const build = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-electron.mjs")], {
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  }
  const now = Date.now();
  const states = [
    { name: "window closed", data: yearsOfData(10, now), env: {}, budget: 5, wakeMs: 5_000 },
    {
      name: "timer running",
      data: yearsOfData(10, now, true),
      env: {},
      budget: 10,
      wakeMs: 1_000,
    },
    {
      name: "Now visible (pushed changes, no polling)",
      data: yearsOfData(10, now),
      env: { JOUR_FAKE_CLICK: "open-window" },
      budget: 15,
      wakeMs: 5_000,
    },
  ];
  const perHour = (m: { ms: number; cpuMs: number }) => (m.cpuMs / m.ms) * 3_600;
  const figures: MainFigure[] = [];
  for (const state of states) {
    const m = await run(MAIN, state.data, measureMs, state.env);
    const floor = await run(FLOOR, {}, measureMs, { JOUR_BENCH_WAKE_MS: String(state.wakeMs) });
    figures.push({
      name: `main process at 10 years, ${state.name}`,
      cpuSecondsPerHour: perHour(m),
      floorSecondsPerHour: perHour(floor),
      menusPerMinute: (m.menus / m.ms) * 60_000,
      budget: state.budget,
    });
  }
  return figures;
}
