/**
 * The few pieces of `electron` that electron-store reads, for the crash test's writer, which
 * runs in plain Node (no binary, no vitest). The bundler maps `electron` to this file.
 */
import os from "node:os";
import path from "node:path";

const electronStub = {
  app: {
    getPath: (name: string) => path.join(os.tmpdir(), "jour-electron-stub", name),
    getVersion: () => "0.0.0-crash-test",
  },
  ipcMain: { on: () => undefined },
};

// electron-store takes electron's default export, so the stand-in must have one.
export { electronStub as default };
