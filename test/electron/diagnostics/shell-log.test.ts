import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOG_FILE, MAX_LOG_BYTES, openShellLog } from "../../../electron/diagnostics/shell-log";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "jour-log-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("the shell's log file", () => {
  const log = openShellLog({ getPath: () => folder });
  const text = () => fs.readFileSync(path.join(folder, LOG_FILE), "utf8");

  it("is in the folder Electron names for logs, one line a call with its level", () => {
    expect(log.folder).toBe(folder);
    log.info("started");
    log.warn("Shortcut: taken");
    log.error("Window error (render): boom");
    const lines = text().trim().split("\n");
    expect(lines.slice(-3)).toEqual([
      expect.stringMatching(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\] {2}started$/),
      expect.stringMatching(/\[warn\] {2}Shortcut: taken$/),
      expect.stringMatching(/\[error\] Window error \(render\): boom$/),
    ]);
  });

  it("rotates: past its size the file becomes main.old.log and a new one starts", () => {
    const line = "x".repeat(1000);
    for (let i = 0; i * 1000 < MAX_LOG_BYTES + 10_000; i += 1) log.info(line);
    expect(fs.existsSync(path.join(folder, "main.old.log"))).toBe(true);
    expect(fs.statSync(path.join(folder, LOG_FILE)).size).toBeLessThan(MAX_LOG_BYTES);
  });
});
