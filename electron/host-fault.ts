import type { HostFault } from "../shared/app/texts/host-faults";
import { systemCode } from "./store/db-faults";

// Node's and electron-updater's error codes (builder-util-runtime's HttpError is HTTP_ERROR_<status>).
const byCode: Readonly<Record<string, HostFault>> = {
  ENOTFOUND: "offline",
  EAI_AGAIN: "offline",
  ECONNREFUSED: "offline",
  ECONNRESET: "offline",
  ECONNABORTED: "offline",
  ETIMEDOUT: "offline",
  ENETDOWN: "offline",
  ENETUNREACH: "offline",
  EHOSTUNREACH: "offline",
  ENOENT: "not-found",
  ENOTDIR: "not-found",
  HTTP_ERROR_404: "not-found",
  ERR_UPDATER_CHANNEL_FILE_NOT_FOUND: "not-found",
  ERR_UPDATER_LATEST_VERSION_NOT_FOUND: "not-found",
  ERR_UPDATER_NO_PUBLISHED_VERSIONS: "not-found",
  ERR_UPDATER_RELEASE_NOT_FOUND: "not-found",
  ERR_UPDATER_ASSET_NOT_FOUND: "not-found",
  ENOSPC: "no-space",
  EDQUOT: "no-space",
  EFBIG: "no-space",
  EACCES: "no-permission",
  EPERM: "no-permission",
  EROFS: "no-permission",
};

// The same, read off a message that kept only the text (a wrapped error, Chromium's net::).
const byText: readonly [RegExp, HostFault][] = [
  [
    /HttpError: 404|\b404 Not Found|No published versions|Cannot find (?:channel|latest)/i,
    "not-found",
  ],
  [
    /net::ERR_(?:INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|NETWORK_|CONNECTION_|ADDRESS_UNREACHABLE|TIMED_OUT|PROXY_)/,
    "offline",
  ],
  [
    /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/,
    "offline",
  ],
  [/HttpError: \d{3}|net::ERR_HTTP|\bstatus code [45]\d\d/, "server"],
  [/\bENOSPC\b|\bEDQUOT\b|disk is full/i, "no-space"],
  [
    /\b(?:EACCES|EPERM|EROFS)\b|permission denied|access is denied|read-only|readonly/i,
    "no-permission",
  ],
  [/\bENOENT\b|no such file or directory/i, "not-found"],
];

/**
 * What kind of failure an error of the host is (host-faults.ts): by its code (Node's, SQLite's,
 * electron-updater's), else by its text. The text itself is for the log, never the user.
 */
export function hostFaultOf(error: unknown): HostFault {
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === "string") {
    const known = byCode[own];
    if (known) return known;
    if (own.startsWith("HTTP_ERROR_")) return "server";
  }
  const sqlite = systemCode(error);
  if (sqlite && byCode[sqlite]) return byCode[sqlite];
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return byText.find(([pattern]) => pattern.test(text))?.[1] ?? "other";
}
