/**
 * The app core's door: `createJourApp` wires the store, the clock, the services of the tick
 * and each concept's group of JourApi methods (incidents/, weeks/, reports/, settings/,
 * data/, status/, alerts/). Nothing is decided here: each rule lives in its folder.
 */
import { DEFAULT_TICK_MS, createAlertService } from "./alerts/alert-service";
import type { PlannedAlert } from "./alerts/alerts-plan";
import { createReminderService } from "./alerts/held-reminders";
import { idleMethods, type IdleMethods } from "./alerts/idle-methods";
import { createSteadyClock } from "./alerts/steady-clock";
import { createTimerWatchService } from "./alerts/timer-watch-service";
import { memoryCopies } from "./data/copies";
import { backupMethods, type BackupMethods } from "./data/backup-methods";
import { dataMethods, type DataMethods } from "./data/data-methods";
import { emptyJourData, type JourData } from "./data/document";
import { createDocumentAccess, type DocumentAccess } from "./data/document-access";
import { createDocumentStore } from "./data/store";
import { incidentMethods, type IncidentMethods } from "./incidents/incident-methods";
import { timerMethods, type TimerMethods } from "./incidents/timer-methods";
import type {
  Clock,
  BackupsPort,
  CopiesPort,
  IdleSource,
  NotifierPort,
  ShortcutPort,
  StoragePort,
} from "./ports";
import { reportMethods, type ReportMethods } from "./reports/report-methods";
import { settingsMethods } from "./settings/settings-methods";
import type { SettingsAccess, SettingsMethods } from "./settings/settings-methods";
import { statusMethods, type StatusMethods } from "./status/status-methods";
import { weekMethods, type WeekMethods } from "./weeks/week-methods";

/**
 * Everything the tray and the window can ask and do. Every method is async (it crosses IPC
 * in Electron) and takes at most one plain-JSON argument; instants are epoch ms. Bad input
 * rejects with an InputError whose message starts with the field, and changes nothing.
 * The IPC contract (shared/ipc.ts) has one channel per method.
 */
export interface JourApi
  extends
    StatusMethods,
    IncidentMethods,
    TimerMethods,
    IdleMethods,
    WeekMethods,
    ReportMethods,
    SettingsMethods,
    DataMethods,
    BackupMethods {}

export type JourMethod = keyof JourApi;

/** The app object the shells hold: the JourApi plus what only the main side needs. */
export interface JourApp extends JourApi {
  /** Called after every change of the data (not on the passing of time: poll on a tick). */
  onChange(listener: () => void): () => void;
  /** Sends the SLA alerts due now; the shell calls it on a short tick, at start, on wake. */
  checkAlerts(): Promise<PlannedAlert[]>;
  /** The current document (read-only), e.g. for the store's shutdown flush. */
  snapshot(): JourData;
  /**
   * The timer's watch, on the same tick as checkAlerts: clock jumps, the idle time, the
   * long-session reminder. true when an idle question was just asked (show the window).
   */
  checkTimer(): Promise<boolean>;
  /** powerMonitor "suspend": a running timer's time asleep counts as idle. */
  suspended(): void;
  /** powerMonitor "resume": asks about the time asleep; true when it asked. */
  resumed(): Promise<boolean>;
  /** powerMonitor "lock-screen": the user is away from now (docs/timer.md). */
  locked(): void;
  /** powerMonitor "unlock-screen": asks about the time locked; true when it asked. */
  unlocked(): Promise<boolean>;
  /** The user was away from idleSince to backAt (epoch ms); true when a question was asked. */
  reportIdle(report: { idleSince: number; backAt: number }): Promise<boolean>;
}

export interface JourAppDeps {
  clock: Clock;
  storage: StoragePort<JourData>;
  notifier: NotifierPort;
  /** The document loaded by the shell (already through parseJourData); empty when absent. */
  initial?: JourData;
  /** The alert tick interval (default 15 s): alerts more than this late are marked late. */
  tickMs?: number;
  /** The desktop's idle time, for the idle question (none: only suspends are asked about). */
  idle?: IdleSource;
  /** Binds a new globalShortcut before the setting is accepted (none: taken as given). */
  shortcut?: ShortcutPort;
  /** Where dated copies are kept before an import or restore; in memory when absent. */
  copies?: CopiesPort;
  /** The database's backups, which the desktop shell takes; none in the preview and tests. */
  backups?: BackupsPort;
}

export function createJourApp(deps: JourAppDeps): JourApp {
  const store = createDocumentStore(deps.storage, deps.initial ?? emptyJourData());
  // Everything below reads this clock: a running session follows real elapsed time.
  const clock = createSteadyClock(deps.clock, () => store.read().timer?.runningSince != null);
  const { notifier } = deps;
  const access = createDocumentAccess({ store, clock, notifier });
  const tickMs = deps.tickMs ?? DEFAULT_TICK_MS;
  const copies = deps.copies ?? memoryCopies();

  const alerts = createAlertService({ store, clock, notifier, tickMs });
  // The handover reminders run with the SLA alerts, on the same tick, start and wake.
  const reminders = createReminderService({ store, clock, notifier, tickMs });
  const watch = createTimerWatchService({
    read: () => store.read(),
    clock,
    idle: deps.idle,
    notifier,
    change: access.change,
  });

  return {
    onChange: (listener) => store.onChange(listener),
    checkTimer: () => watch.check(),
    suspended: () => watch.suspended(),
    resumed: () => watch.resumed(),
    locked: () => watch.locked(),
    unlocked: () => watch.unlocked(),
    reportIdle: (report) => watch.reportIdle(report),
    checkAlerts: async () => {
      const retry = access.retryUnsaved();
      if (retry) await retry;
      const sent = await alerts.check();
      await reminders.check();
      return sent;
    },
    snapshot: () => store.read(),

    ...statusMethods(access),
    ...incidentMethods(access),
    ...timerMethods(access),
    ...idleMethods(access),
    ...weekMethods(access),
    ...reportMethods(access),
    ...settingsMethods(settingsAccess(access), deps.shortcut),
    ...dataMethods(access, copies),
    ...backupMethods(access, copies, deps.backups),
  };
}

/** The settings part of the document, for the settings' own methods. */
function settingsAccess({ read, change }: DocumentAccess): SettingsAccess {
  return {
    read: (view) => read((data) => view(data.settings)),
    change: (apply) =>
      change((data) => {
        const { settings, result } = apply(data.settings);
        return { data: { ...data, settings }, result };
      }),
  };
}
