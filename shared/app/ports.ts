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

export interface DesktopNotification {
  title: string;
  body: string;
  /** true when the deadline has passed: shown as urgent where the desktop supports it. */
  urgent: boolean;
  /** The incident a click should open, if any. */
  incidentId?: string;
}

export interface NotifierPort {
  notify(notification: DesktopNotification): void;
}
