import { mkdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** The built window (npm run build:renderer), served as the Electron shell would serve it. */
export const DIST = resolve(import.meta.dirname, "../../dist/renderer");
export const SCREENSHOTS = resolve(import.meta.dirname, "../../test-results/screenshots");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

/** The same CSP as the app:// protocol, as a header, so a violation shows up here too. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string = DIST): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          "content-security-policy": CSP,
        });
        response.end(body);
      },
      () => response.writeHead(404).end("not found"),
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const TRAY = { width: 420, height: 640 };

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations seen so far. */
  problems: string[];
  /** External links the window asked to open. */
  opened: string[];
}

/**
 * A fresh browser context (empty localStorage) on the preview, with a test clock standing
 * at `now`, the clipboard allowed, and every external site answered by a stub page.
 */
export async function openApp(
  browser: Browser,
  server: StaticServer,
  options: { now: number; viewport?: { width: number; height: number }; hash?: string },
): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: "sv-SE",
    timezoneId: "America/New_York", // the machine's zone must not matter: rules use Stockholm
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const opened: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(server.url),
    async (route) => {
      opened.push(route.request().url());
      await route.fulfill({ contentType: "text/html", body: "<title>stub</title>" });
    },
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.url}?now=${options.now}${options.hash ?? ""}`);
  return { context, page, problems, opened };
}

export async function advanceClock(page: Page, ms: number): Promise<void> {
  await page.evaluate((by) => {
    if (!window.__jourTestClock) throw new Error("no test clock in this page");
    window.__jourTestClock.advance(by);
  }, ms);
}

/** A full-page PNG in test-results/screenshots (made if missing), to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Switches the window to English in Settings ("sv" leaves it) and goes back to Now. */
export async function useLanguage(page: Page, language: "sv" | "en"): Promise<void> {
  if (language === "sv") return;
  await page.evaluate(() => (window.location.hash = "#/settings"));
  await page.getByLabel("Språk").selectOption("en");
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  await page.evaluate(() => (window.location.hash = "#/now"));
}

/** Opens a section of Settings by its button in the settings' own navigation. */
export async function settingsSection(page: Page, name: string): Promise<void> {
  await page.locator("nav.settings-nav").getByRole("button", { name, exact: true }).click();
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** Monday 24 November 2025, 21:40 in Stockholm: week 48; the evening tariff starts at 22:00. */
export const MONDAY_2140 = Date.UTC(2025, 10, 24, 20, 40);
/** Monday 24 November 2025, 10:00 in Stockholm. */
export const MONDAY_10 = Date.UTC(2025, 10, 24, 9, 0);

export interface BrowserSession {
  browser: Browser;
  server: StaticServer;
}

/** One static server and one Chromium for a test file: started before its tests, closed after. */
export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await serveStatic();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
