import { createJourApp, type JourApp } from "../../../shared/app/api";
import { emptyJourData, type Incident, type JourData } from "../../../shared/app/data/document";
import { parseJourData } from "../../../shared/app/data/checker";
import type {
  BackupsPort,
  Clock,
  DesktopNotification,
  IdleSource,
  NotifierPort,
  ShortcutPort,
  StoragePort,
} from "../../../shared/app/ports";
import type { AppSettings } from "../../../shared/app/settings/settings";

/** Test doubles for the app's ports, and an app built on them. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Monday 24 November 2025, 10:00 in Stockholm (UTC+1): week 48, an office day. */
export const MONDAY_10 = Date.UTC(2025, 10, 24, 9, 0);

/**
 * A wall clock and a monotonic one. `set` and `advance` are time passing (both move);
 * `jumpWall` is the user or NTP setting the wall clock; `sleep` is a suspend on an OS
 * whose monotonic clock stands still meanwhile.
 */
export class FakeClock implements Clock {
  private mono = 1_000;
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  monotonic(): number {
    return this.mono;
  }
  set(ms: number): void {
    this.advance(ms - this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
    this.mono += ms;
  }
  jumpWall(by: number): void {
    this.ms += by;
  }
  sleep(ms: number): void {
    this.ms += ms;
  }
}

/** The desktop's idle time, set by the test. */
export class FakeIdle implements IdleSource {
  ms = 0;
  idleMs(): number {
    return this.ms;
  }
}

/** A desktop whose shortcuts `taken` are held by other apps; "bad" ones are invalid. */
export class FakeShortcuts implements ShortcutPort {
  taken = new Set<string>();
  bound: string | null = null;
  bind(accelerator: string): "invalid" | "taken" | null {
    if (accelerator.includes("bad")) return "invalid";
    if (this.taken.has(accelerator)) return "taken";
    this.bound = accelerator;
    return null;
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
  idle: FakeIdle;
  shortcuts: FakeShortcuts;
  /** A new app from the last saved document: what a restart (or a crash) leaves. */
  restart(): TestRig;
}

export function rig(
  options: {
    now?: number;
    initial?: JourData;
    settings?: Partial<AppSettings>;
    tickMs?: number;
    backups?: BackupsPort;
  } = {},
): TestRig {
  const clock = new FakeClock(options.now ?? MONDAY_10);
  const storage = new MemoryStorage();
  const notifier = new MemoryNotifier();
  const idle = new FakeIdle();
  const shortcuts = new FakeShortcuts();
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
      idle,
      shortcut: shortcuts,
      ...(options.backups ? { backups: options.backups } : {}),
      ...(options.tickMs === undefined ? {} : { tickMs: options.tickMs }),
    });
    return {
      app,
      clock,
      storage,
      notifier,
      idle,
      shortcuts,
      restart: () => make(storage.load()),
    };
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

/** An incident with nothing but its id, report time and work: the rest empty or null. */
export function plainIncident(
  fields: Pick<Incident, "id" | "reportedAt" | "work"> & Partial<Incident>,
): Incident {
  return {
    priority: 2,
    customerId: null,
    summary: "",
    notes: "",
    jiraKey: null,
    respondedAt: null,
    rollbackRequestedAt: null,
    rollbackStartedAt: null,
    resolvedAt: null,
    checkedSteps: [],
    timeline: [],
    ...fields,
  };
}
