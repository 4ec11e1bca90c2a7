/** The keys (useLoad's `key`) of the loads that main.tsx makes before the first render. */
export const SETTINGS_KEY = "settings";

/** The status: loaded again on every pushed change, its clocks tick in the window (use-now.ts). */
export const STATUS_KEY = "status";
