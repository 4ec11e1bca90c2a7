import { describe, expect, it } from "vitest";
import { MINUTE, rig } from "./fakes";

describe("a save that fails (a full disk)", () => {
  it("keeps the change, tells the user once, and saves it on the next tick", async () => {
    const r = rig();
    const failing = { on: true };
    const save = r.storage.save.bind(r.storage);
    r.storage.save = async (document) => {
      if (failing.on) throw new Error("ENOSPC: no space left on device");
      return save(document);
    };

    // The change succeeds for the caller: a retry would otherwise create a second incident.
    const incident = await r.app.createIncident();
    await r.app.updateIncident({ id: incident.id, summary: "Kassan nere" });
    expect((await r.app.listIncidents({})).map((i) => i.id)).toEqual([incident.id]);
    expect(r.notifier.sent.map((n) => n.title)).toEqual([
      "Jour kunde inte spara – ändringen finns kvar och sparas vid nästa försök",
    ]);
    expect(r.notifier.sent[0]?.incidentId).toBeUndefined();
    expect(r.storage.saves).toEqual([]);

    // The disk has room again: the next tick writes everything, and a restart has it.
    failing.on = false;
    r.clock.advance(MINUTE);
    await r.app.checkAlerts();
    const restarted = r.restart();
    const stored = await restarted.app.getIncident({ id: incident.id });
    expect(stored.summary).toBe("Kassan nere");
  });
});
