import { describe, expect, it } from "vitest";
import { createChangeHub, timeSignature } from "../../../../shared/app/status/change-events";
import { HOUR, MINUTE, rig } from "../fakes";

describe("push, not poll (issue 12.9)", () => {
  it("the time signature changes when time changes what the status shows, not every tick", async () => {
    const { app, clock } = rig();
    await app.createIncident({ priority: 1 }); // respond by +1 h, lead time 15 min
    const at = async () => timeSignature(await app.getStatus());
    const start = await at();
    clock.advance(MINUTE);
    expect(await at()).toBe(start); // the timer counting is the window's own business
    clock.advance(45 * MINUTE - MINUTE + 1); // within the lead time: the alarm look
    const soon = await at();
    expect(soon).not.toBe(start);
    clock.advance(15 * MINUTE); // passed
    expect(await at()).not.toBe(soon);
    await app.pauseTimer();
    const paused = await at();
    clock.advance(HOUR);
    expect(await at()).toBe(paused);
  });

  it("the rest advice ending at its earliest start changes the signature", async () => {
    // A call 02:10–03:40 Stockholm: rest until 14:40 (docs/rules.md "Rest after work").
    const { app, clock } = rig({ now: Date.UTC(2025, 10, 25, 1, 10) });
    const { id } = await app.createIncident({ priority: 3 });
    await app.markResponded({ id });
    clock.advance(90 * MINUTE);
    await app.stopTimer();
    await app.markResolved({ id }); // no deadline left to pass meanwhile
    const status = await app.getStatus();
    const advice = status.rest;
    if (!advice) return expect.unreachable("a night call gives rest advice");
    const during = timeSignature(status);
    clock.set(advice.earliestStart + MINUTE);
    const after = await app.getStatus();
    expect(after.rest).toBeNull();
    expect(timeSignature(after)).not.toBe(during);
  });

  it("a hub hands each event to every subscriber until it unsubscribes", () => {
    const hub = createChangeHub();
    const seen: string[] = [];
    const off = hub.subscribe((event) => seen.push(`a:${event.reason}`));
    hub.subscribe((event) => seen.push(`b:${event.reason}`));
    hub.emit({ reason: "data" });
    off();
    hub.emit({ reason: "alerts" });
    expect(seen).toEqual(["a:data", "b:data", "b:alerts"]);
  });
});
