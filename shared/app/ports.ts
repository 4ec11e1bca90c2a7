/**
 * The ports through which the app core meets the world. The shells (electron/, the browser
 * preview, tests) provide them; the core never reaches for a clock, a file or a desktop.
 */

/** Wall clock as epoch milliseconds. */
export interface Clock {
  now(): number;
  /**
   * A monotonic reading in ms (`performance.now()`): only differences mean anything. It
   * never jumps when the wall clock is set; it may stand still while the machine sleeps.
   * Without it a running session follows the wall clock (docs/timer.md).
   */
  monotonic?(): number;
}

/** The desktop's idle time: how long since the last keyboard or mouse input. */
export interface IdleSource {
  idleMs(): number;
}

/**
 * Binds the global shortcut in place of the current one, or says why it cannot (then the
 * current one stays bound). The shell's part of accepting a `globalShortcut` setting.
 */
export interface ShortcutPort {
  bind(accelerator: string): "invalid" | "taken" | null;
}

/**
 * Durable storage of the whole app document. `save` resolves once the document is on disk;
 * saves close together may be coalesced into one write (the last document wins).
 */
export interface StoragePort<T> {
  save(document: T): Promise<void>;
}

/** Why a dated copy of the data was kept: the undo of an import, or of a restore. */
export type CopyReason = "before-import" | "before-restore";

export interface KeptCopy {
  /** "before-import-2026-11-30T21-50-00-000Z": names the copy (and its file) */
  id: string;
  reason: CopyReason;
  /** When it was kept (epoch ms). */
  at: number;
}

/**
 * Dated copies of the whole document (its exported JSON), kept before an import or a
 * restore replaces the data, so that Settings → Data can undo it. Electron keeps them as
 * files in the data folder, the preview in localStorage.
 */
export interface CopiesPort {
  /** Keeps `json`; resolves once it is stored (on disk, in full). */
  keep(json: string, reason: CopyReason, at: number): Promise<KeptCopy>;
  /** Every kept copy, newest first. */
  list(): Promise<KeptCopy[]>;
  /** The JSON of a copy; rejects with an InputError on `id` when there is none. */
  read(id: string): Promise<string>;
  /**
   * Moves a copy out of the list to the system's trash, where it can still be brought back
   * from. Rejects with an InputError on `copy`: notFound when there is no such copy,
   * notTrashed when it could not be moved (then it is still listed).
   */
  trash(id: string): Promise<void>;
}

export interface DesktopNotification {
  title: string;
  body: string;
  /** true when the deadline has passed: shown as urgent where the desktop supports it. */
  urgent: boolean;
  /** The incident a click should open, if any. */
  incidentId?: string;
  /** What else a click opens (a handover reminder): a link or a view of the window. */
  target?: NotificationTarget;
}

/** Where a click on a notification leads; `incidentId` above is the incident kind. */
export type NotificationTarget =
  | { kind: "incident"; id: string }
  | { kind: "url"; url: string }
  | { kind: "view"; view: "report" };

/** The target of a notification's click, if it has one. */
export function clickTarget(notification: {
  incidentId?: string;
  target?: NotificationTarget;
}): NotificationTarget | null {
  if (notification.target) return notification.target;
  return notification.incidentId === undefined
    ? null
    : { kind: "incident", id: notification.incidentId };
}

export interface NotifierPort {
  notify(notification: DesktopNotification): void;
}

/** Which folder a backup is in: the data folder's backups/, or the user's second folder. */
export type BackupFolder = "data" | "second";

export interface StoredBackup {
  folder: BackupFolder;
  /** Its file name in that folder, e.g. "jour-backup-2026-12-07T22-10-05Z.db". */
  name: string;
  /** When it was taken (epoch ms). */
  at: number;
  bytes: number;
  /** What it holds (as a kept copy's contents); null when it cannot be read. */
  contents: { incidents: number; heldWeeks: number; latestIncidentAt: number | null } | null;
}

/**
 * The database's backups, which the desktop shell takes by itself (hourly at most, after a
 * change) into the data folder and a second folder the user may choose. The preview has
 * none (no port).
 */
export interface BackupsPort {
  /** Every good backup in both folders, newest first, and the second folder if any. */
  list(): Promise<{ backups: StoredBackup[]; secondFolder: string | null }>;
  /**
   * A backup's records as the exported JSON document, checked by opening it first. Rejects
   * with an InputError on `backup`: notFound when there is none, unreadable when it fails
   * its check (then it is kept aside and no longer listed).
   */
  read(folder: BackupFolder, name: string): Promise<string>;
  /**
   * Asks the user for a second folder (the desktop's folder dialog) and takes a backup
   * there at once; resolves false when the user cancelled. Rejects with an InputError on
   * `folder` when nothing can be written there (then the folder is not kept).
   */
  chooseSecondFolder(): Promise<boolean>;
  /** Stops writing to the second folder; its backups stay there, untouched. */
  forgetSecondFolder(): Promise<void>;
}
