import { describe, expect, it } from "vitest";
import { createSteadyClock } from "../../../../shared/app/alerts/steady-clock";

describe("the steady clock", () => {
  it("tells whole milliseconds though the monotonic clock has fractions (stored instants are integers)", () => {
    let mono = 1234.5678;
    const clock = createSteadyClock(
      { now: () => Date.UTC(2026, 0, 5, 21), monotonic: () => mono },
      () => true,
    );
    for (let i = 0; i < 50; i++) {
      mono += 17.3141;
      expect(Number.isInteger(clock.now())).toBe(true);
    }
  });
});
