import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// One project per layer: each runs in the environment its code runs in.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "shared",
          include: ["test/shared/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "electron",
          include: ["test/electron/**/*.test.ts"],
          environment: "node",
          // electron-store imports electron: inlined, it sees the mock instead of the binary.
          server: { deps: { inline: ["electron-store"] } },
          setupFiles: ["test/electron/mock-electron.ts"],
        },
      },
      {
        plugins: [react()],
        test: {
          name: "renderer",
          include: ["test/renderer/**/*.test.{ts,tsx}"],
          environment: "jsdom",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          // One headless Chromium at a time over the built bundle: slow, so generous limits.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
