/** The keys (useLoad's `key`) of the loads that main.tsx makes before the first render. */
export const SETTINGS_KEY = "settings";

/** The status as of the window's `tick`th second (use-tick.ts): a new key, a new load. */
export const statusKey = (tick: number): string => `status-${tick}`;
