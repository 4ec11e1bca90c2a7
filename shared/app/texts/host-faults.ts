/**
 * Why the host failed an action (the network, the update server, the disk), in kinds the user
 * can act on. The host's own text (electron-updater's, Electron's, SQLite's: English, technical)
 * goes to the log only; the window and the notifications word the kind in their language.
 * `not-found`: what was looked for is not there (no published release, a folder that is gone).
 */
export const HOST_FAULTS = [
  "offline",
  "not-found",
  "server",
  "no-space",
  "no-permission",
  "other",
] as const;
export type HostFault = (typeof HOST_FAULTS)[number];
