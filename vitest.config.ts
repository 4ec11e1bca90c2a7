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
    ],
  },
});
