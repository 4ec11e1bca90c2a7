import { describe, expect, it, vi } from "vitest";
import { createRendererErrorLog } from "../../../electron/diagnostics/renderer-errors";

describe("the window's errors in the log", () => {
  const rig = () => {
    let now = 0;
    const log = { error: vi.fn(), warn: vi.fn() };
    const report = createRendererErrorLog({ log, now: () => now, limit: 3, windowMs: 60_000 });
    return { report, log, move: (ms: number) => (now += ms) };
  };

  it("logs the stack once (it starts with the message), or the message and the stack", () => {
    const { report, log } = rig();
    report({ source: "render", message: "TypeError: x", stack: "TypeError: x\n    at View" });
    report({ source: "error", message: "boom", stack: "at a.js:1" });
    report({ source: "rejection", message: "no stack" });
    expect(log.error.mock.calls.map(([line]) => line)).toEqual([
      "Window error (render): TypeError: x\n    at View",
      "Window error (error): boom\nat a.js:1",
      "Window error (rejection): no stack",
    ]);
  });

  it("drops what is over the limit, and says how many once the next minute opens", () => {
    const { report, log, move } = rig();
    for (let i = 0; i < 8; i += 1) report({ source: "error", message: `e${i}` });
    expect(log.error).toHaveBeenCalledTimes(3);
    move(59_999);
    report({ source: "error", message: "still the same minute" });
    expect(log.error).toHaveBeenCalledTimes(3);
    move(1);
    report({ source: "error", message: "next minute" });
    expect(log.warn).toHaveBeenCalledWith("Window: 6 more errors were not logged");
    expect(log.error).toHaveBeenLastCalledWith("Window error (error): next minute");
  });
});
