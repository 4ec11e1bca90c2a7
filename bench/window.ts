import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { createJourApp } from "../shared/app/api";

/**
 * The window's budgets (PRODUCT §5): its JavaScript gzip size, and the time from load to
 * the Now view's first render (the app's `performance.mark`) as a ratio to an empty React
 * page built and measured in the same run and the same browser, alternating, so that a busy
 * machine slows both alike.
 */

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "dist/bench");
const MARK = "jour:now-first-render"; // renderer/ui/first-render.ts
const BUNDLE_MARK = "jour:bundle-loaded"; // ditto; absent from the empty page (NaN there)
const RUNS = 15;

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

export async function benchWindow(): Promise<BenchFigure[]> {
  const appDir = join(OUT, "window");
  const emptyDir = join(OUT, "empty-react");
  await buildWindow(appDir);
  await buildEmptyReact(emptyDir);

  const app = await jsGzipKb(appDir);
  const servers = await Promise.all([serveDir(appDir), serveDir(emptyDir)]);
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const [appUrl, emptyUrl] = servers.map((s) => s.url) as [string, string];
    const host = await hostStub();
    const times = {
      window: [] as number[],
      preview: [] as number[],
      empty: [] as number[],
      afterBundle: [] as number[],
    };
    for (let i = 0; i < RUNS + 2; i++) {
      const run = {
        window: await timeToMark(browser, appUrl, host),
        preview: await timeToMark(browser, appUrl),
        empty: await timeToMark(browser, emptyUrl),
      };
      // The first two rounds are warm-up (disk cache, code cache).
      if (i < 2) continue;
      times.window.push(run.window.fromStart);
      times.preview.push(run.preview.fromStart);
      times.empty.push(run.empty.fromStart);
      times.afterBundle.push(run.window.afterBundle);
    }
    const windowMs = median(times.window);
    const previewMs = median(times.preview);
    const emptyMs = median(times.empty);
    return [
      { name: "window JS gzip (what the Electron window loads)", value: app.entry, unit: "KB" },
      { name: "window JS gzip incl. the browser preview's app core", value: app.all, unit: "KB" },
      { name: "Now view first render, window with a host JourApi", value: windowMs, unit: "ms" },
      { name: "Now view first render, browser preview", value: previewMs, unit: "ms" },
      { name: "empty React page first render", value: emptyMs, unit: "ms" },
      {
        // PRODUCT §5: "renders in well under 100 ms after the bundle loads".
        name: "Now view first render after the bundle loaded",
        value: median(times.afterBundle),
        unit: "ms",
      },
      {
        name: "Now view first render / empty React page",
        value: round(windowMs / emptyMs),
        unit: "ratio",
      },
      {
        name: "preview first render / empty React page",
        value: round(previewMs / emptyMs),
        unit: "ratio",
      },
    ];
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

async function buildWindow(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir, emptyOutDir: true },
  });
}

/** The baseline: React rendering one element, marked the same way, built the same way. */
async function buildEmptyReact(outDir: string): Promise<void> {
  const source = join(OUT, "empty-react-src");
  await rm(source, { recursive: true, force: true });
  await mkdir(source, { recursive: true });
  await writeFile(
    join(source, "index.html"),
    '<!doctype html><html><head><meta charset="UTF-8"><title>empty</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  await writeFile(
    join(source, "main.tsx"),
    `import { useEffect } from "react";
import { createRoot } from "react-dom/client";
function Empty() {
  useEffect(() => { performance.mark(${JSON.stringify(MARK)}); }, []);
  return <p>empty</p>;
}
createRoot(document.getElementById("root")!).render(<Empty />);
`,
  );
  await build({
    configFile: false,
    root: source,
    base: "./",
    logLevel: "silent",
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
}

/** Gzip KB of the entry script(s) index.html loads, and of all built JavaScript. */
async function jsGzipKb(dir: string): Promise<{ entry: number; all: number }> {
  const html = await readFile(join(dir, "index.html"), "utf8");
  const entries = [...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  const assets = (await readdir(join(dir, "assets"))).filter((f) => f.endsWith(".js"));
  const gz = async (file: string) => gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  let entry = 0;
  let all = 0;
  for (const file of assets) {
    const size = await gz(join("assets", file));
    all += size;
    if (entries.includes(`assets/${file}`)) entry += size;
  }
  return { entry: round(entry / 1024), all: round(all / 1024) };
}

/**
 * A stand-in for Electron's preload: `window.jour` answering with the app core's real
 * answers (computed here, once), so the window is timed without the core's own work, as
 * in Electron where the core runs in the main process.
 */
async function hostStub(): Promise<string> {
  const now = Date.UTC(2025, 10, 24, 20, 40);
  const app = createJourApp({
    clock: { now: () => now },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
  });
  const answers = {
    getStatus: await app.getStatus(),
    getSettings: await app.getSettings(),
    getWeek: await app.getWeek(),
  };
  // Not thenable: the window resolves a promise with window.jour.
  return `window.jour = new Proxy({}, { get: (_, name) => {
    if (name === "then") return undefined;
    const answers = ${JSON.stringify(answers)};
    return async () => answers[name];
  } });`;
}

/** A fresh page (optionally with a script run before the app's); ms from navigation to the mark. */
/** When the first render was marked, and how long after the bundle had loaded. */
interface MarkTimes {
  fromStart: number;
  afterBundle: number;
}

async function timeToMark(browser: Browser, url: string, initScript?: string): Promise<MarkTimes> {
  const context = await browser.newContext();
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      async ([mark, bundleMark]) => {
        for (;;) {
          const [entry] = performance.getEntriesByName(mark);
          if (entry) {
            const [loaded] = performance.getEntriesByName(bundleMark);
            return {
              fromStart: entry.startTime,
              afterBundle: entry.startTime - (loaded?.startTime ?? NaN),
            };
          }
          await new Promise((done) => setTimeout(done, 5));
        }
      },
      [MARK, BUNDLE_MARK] as const,
    );
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

async function serveDir(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => {
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "text/plain" });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
