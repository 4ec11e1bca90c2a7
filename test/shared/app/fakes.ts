import { createJourApp, type JourApp } from "../../../shared/app/api";
import { emptyJourData, parseJourData, type JourData } from "../../../shared/app/data";
import type {
  Clock,
  DesktopNotification,
  NotifierPort,
  StoragePort,
} from "../../../shared/app/ports";
import type { AppSettings } from "../../../shared/app/settings";

/** Test doubles for the app's ports, and an app built on them. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Monday 24 November 2025, 10:00 in Stockholm (UTC+1): week 48, an office day. */
export const MONDAY_10 = Date.UTC(2025, 10, 24, 9, 0);

export class FakeClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** Keeps what was saved as JSON text, as a disk would: later edits cannot reach it. */
export class MemoryStorage implements StoragePort<JourData> {
  saves: string[] = [];
  async save(document: JourData): Promise<void> {
    this.saves.push(JSON.stringify(document));
  }
  /** The last saved document, read back as the shell would (parsed and validated). */
  load(): JourData {
    const last = this.saves[this.saves.length - 1];
    if (last === undefined) throw new Error("nothing saved yet");
    return parseJourData(JSON.parse(last));
  }
}

export class MemoryNotifier implements NotifierPort {
  sent: DesktopNotification[] = [];
  notify(notification: DesktopNotification): void {
    this.sent.push(notification);
  }
}

export interface TestRig {
  app: JourApp;
  clock: FakeClock;
  storage: MemoryStorage;
  notifier: MemoryNotifier;
  /** A new app from the last saved document: what a restart (or a crash) leaves. */
  restart(): TestRig;
}

export function rig(
  options: {
    now?: number;
    initial?: JourData;
    settings?: Partial<AppSettings>;
    tickMs?: number;
  } = {},
): TestRig {
  const clock = new FakeClock(options.now ?? MONDAY_10);
  const storage = new MemoryStorage();
  const notifier = new MemoryNotifier();
  const base = options.initial ?? emptyJourData();
  const initial = options.settings
    ? { ...base, settings: { ...base.settings, ...options.settings } }
    : base;
  const make = (document: JourData): TestRig => {
    const app = createJourApp({
      clock,
      storage,
      notifier,
      initial: document,
      ...(options.tickMs === undefined ? {} : { tickMs: options.tickMs }),
    });
    return { app, clock, storage, notifier, restart: () => make(storage.load()) };
  };
  return make(initial);
}

export const customer = {
  id: "acme",
  name: "Acme AB",
  siteUrl: "https://acme.example",
  newRelicUrl: "https://one.newrelic.com/nr1-core/apm/overview/ABC?account=42",
  elmahUrl: "https://acme.example/elmah.axd",
};
