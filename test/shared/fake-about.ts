import type { AboutApi } from "../../shared/about-api";

/** About's host actions for tests that do not look at them: a development build's answers. */
export function fakeAbout(): AboutApi {
  return {
    getAbout: async () => ({
      version: "0.0.0-test",
      logFolder: "/tmp/jour-logs",
      update: { state: "unavailable" },
    }),
    openLogFolder: async () => undefined,
    checkForUpdates: async () => ({ state: "unavailable" }),
    reportError: async () => undefined,
  };
}
