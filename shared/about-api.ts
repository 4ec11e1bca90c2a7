import * as v from "valibot";
import { HOST_FAULTS } from "./app/texts/host-faults";
import { plainObject } from "./app/texts/plain-object";

/**
 * What the window asks of its host about the app itself (Settings → About): its version,
 * its log folder, its updates, and where the window's own errors go. Like the link and
 * clipboard actions it is the host's, not the app core's: nothing of the data changes.
 * Electron's main answers with electron-log and electron-updater; the browser preview
 * answers what a page can (its version; no log folder, no updates).
 */
export interface AboutApi {
  /** The version, the log folder (null where there is none) and the update's state. */
  getAbout(): Promise<AboutView>;
  /** Opens the log folder in the OS's file manager; refused where there is none. */
  openLogFolder(): Promise<void>;
  /** Checks for an update now (and downloads it); resolves with the state it reached. */
  checkForUpdates(): Promise<UpdateView>;
  /** Logs an error of the window (rate-limited by the host: a loop cannot flood the log). */
  reportError(input: ReportErrorInput): Promise<void>;
}

export type AboutMethod = keyof AboutApi;
export const aboutMethods = [
  "getAbout",
  "openLogFolder",
  "checkForUpdates",
  "reportError",
] as const satisfies readonly AboutMethod[];

/**
 * Where an update stands. `unavailable`: this build does not update itself (a development
 * build, the preview); `idle`: not checked yet; `up-to-date`, `checking`, `downloading`,
 * `ready` (installed when Jour quits with no timer running), `failed` (with the kind of why).
 */
export const UPDATE_STATES = [
  "unavailable",
  "idle",
  "checking",
  "up-to-date",
  "downloading",
  "ready",
  "failed",
] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export const MAX_ERROR_MESSAGE_LENGTH = 2_000;
export const MAX_ERROR_STACK_LENGTH = 8_000;

export const updateViewSchema = v.object({
  state: v.picklist(UPDATE_STATES),
  /** The new version (downloading, ready). */
  version: v.optional(v.pipe(v.string(), v.maxLength(100))),
  /** How much of it is downloaded, 0–100. */
  percent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  /** Why it failed, by kind (offline, no release, …); the updater's own words are logged. */
  reason: v.optional(v.picklist(HOST_FAULTS)),
  /** When it last checked (ms since the epoch). */
  checkedAt: v.optional(v.number()),
  /** Set while a running timer holds the install back to the next quit without one. */
  heldByTimer: v.optional(v.boolean()),
});
export type UpdateView = v.InferOutput<typeof updateViewSchema>;

export const aboutViewSchema = v.object({
  version: v.pipe(v.string(), v.maxLength(100)),
  /** The folder of the log file; null where there is none (the preview). */
  logFolder: v.nullable(v.pipe(v.string(), v.maxLength(4_096))),
  update: updateViewSchema,
});
export type AboutView = v.InferOutput<typeof aboutViewSchema>;

/** Where the window saw the error: its error boundary, window.onerror, an unhandled rejection. */
export const ERROR_SOURCES = ["render", "error", "rejection"] as const;

export const reportErrorSchema = plainObject({
  source: v.picklist(ERROR_SOURCES, "expected render, error or rejection"),
  message: v.pipe(
    v.string("expected a text"),
    v.maxLength(
      MAX_ERROR_MESSAGE_LENGTH,
      `expected at most ${MAX_ERROR_MESSAGE_LENGTH} characters`,
    ),
  ),
  stack: v.optional(
    v.pipe(
      v.string("expected a text"),
      v.maxLength(MAX_ERROR_STACK_LENGTH, `expected at most ${MAX_ERROR_STACK_LENGTH} characters`),
    ),
  ),
});
export type ReportErrorInput = v.InferOutput<typeof reportErrorSchema>;
