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
    ],
  },
});
