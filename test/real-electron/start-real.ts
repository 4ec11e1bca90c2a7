/**
 * Starts the REAL Electron app with Playwright's Electron driver (CI only: `npx tsx
 * test/real-electron/start-real.ts` after `npm run build`; Electron cannot be downloaded
 * where `npm test` usually runs, so this is not part of it). What it checks mirrors the
 * stand-in tests (test/electron/main*.test.ts, bundle-start.test.ts): the tray exists, the
 * window opens on Now, a call started from the tray runs a timer, a notification is shown,
 * and the data survives a restart.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { _electron, type ElectronApplication } from "playwright-core";

const root = path.resolve(import.meta.dirname, "../..");
const userData = fs.mkdtempSync(path.join(os.tmpdir(), "jour-real-"));
const hook = path.join(import.meta.dirname, "hook.cjs");

interface Seen {
  trays: number;
  menu: { items: { id: string; click(): void }[] } | null;
  notifications: string[];
}
type WithSeen = typeof globalThis & { __jourSeen: Seen };

async function launch(): Promise<ElectronApplication> {
  return _electron.launch({
    args: [root, `--user-data-dir=${userData}`],
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: `--require ${hook}` },
    timeout: 60_000,
  });
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean) {
  const end = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const seen = (app: ElectronApplication) =>
  app.evaluate(() => {
    const { trays, menu, notifications } = (globalThis as WithSeen).__jourSeen;
    return { trays, items: menu?.items.map((item) => item.id) ?? [], notifications };
  });

const status = async (app: ElectronApplication) => {
  const page = await app.firstWindow();
  return page.evaluate(async () => {
    const api = (window as unknown as { jour: { getStatus(): Promise<unknown> } }).jour;
    return (await api.getStatus()) as { timer: { incidentId: string; elapsedMs: number } | null };
  });
};

// 1. The tray exists, with its menu.
let app = await launch();
await until(
  "the tray",
  () => seen(app),
  (s) => s.trays === 1 && s.items.includes("start-incident"),
);

// 2. A second launch opens the window on Now.
await app.evaluate(({ app: electronApp }) => electronApp.emit("second-instance", {}, [], ""));
const now = await app.firstWindow();
await now.waitForLoadState("domcontentloaded");
assert.match(now.url(), /^app:\/\/jour\/index\.html#\/$/);

// 3. Start incident from the tray: a timer runs; 4. a notification is shown (the tray's
//    start opens the incident; jour://toggle's stop says what it did).
await app.evaluate(() =>
  (globalThis as WithSeen).__jourSeen.menu?.items.find((i) => i.id === "start-incident")?.click(),
);
const first = await until(
  "a running timer",
  () => status(app),
  (s) => s.timer !== null,
);
await new Promise((resolve) => setTimeout(resolve, 1500));
const later = await status(app);
assert.ok((later.timer?.elapsedMs ?? 0) > (first.timer?.elapsedMs ?? 0), "the timer runs");
await app.evaluate(({ app: electronApp }) =>
  electronApp.emit("open-url", { preventDefault() {} }, "jour://toggle"),
);
await until(
  "a notification",
  () => seen(app),
  (s) => s.notifications.length > 0,
);
const incidentId = first.timer?.incidentId;

// 5. The data survives a restart.
await app.close();
app = await launch();
await until(
  "the tray again",
  () => seen(app),
  (s) => s.trays === 1,
);
await app.evaluate(({ app: electronApp }) => electronApp.emit("second-instance", {}, [], ""));
const page = await app.firstWindow();
const incident = await page.evaluate(
  (id) =>
    (
      window as unknown as { jour: { getIncident(i: { id: string }): Promise<{ id: string }> } }
    ).jour.getIncident({ id }),
  incidentId ?? "",
);
assert.equal(incident.id, incidentId);
await app.close();
fs.rmSync(userData, { recursive: true, force: true });
console.log("The real Electron app: tray, window on Now, timer, notification, restart: all fine.");
