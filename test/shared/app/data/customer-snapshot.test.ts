import { describe, expect, it } from "vitest";
import { incidentsOfCustomer } from "../../../../shared/app/data/customer-snapshot";
import { HOUR, MINUTE, customer, rig } from "../fakes";

const links = (steps: { id: string; url: string | null }[]) =>
  Object.fromEntries(steps.map((step) => [step.id, step.url]));

describe("history stays history", () => {
  async function withPastIncident() {
    const r = rig({
      settings: {
        links: {
          callForwardingPortal: "",
          newRelic: "https://one.newrelic.com",
          jira: "https://agency.atlassian.net",
          jiraProjectId: "1",
          jiraIssueTypeId: "2",
          callLink: "https://teams.microsoft.com",
        },
      },
    });
    await r.app.updateSettings({ customers: [customer] });
    const incident = await r.app.createIncident({ summary: "Sajten nere", customerId: "acme" });
    r.clock.advance(20 * MINUTE);
    await r.app.markResolved({ id: incident.id });
    return { r, id: incident.id };
  }

  it("renaming a customer changes no past incident", async () => {
    const { r, id } = await withPastIncident();
    const before = await r.app.getChecklist({ id });
    await r.app.updateSettings({
      customers: [{ ...customer, name: "Acme Group", elmahUrl: "https://new.example/elmah" }],
    });
    const after = await r.app.getIncident({ id });
    expect(after.customerName).toBe("Acme AB");
    expect(after.customer).toEqual({
      name: "Acme AB",
      siteUrl: customer.siteUrl,
      newRelicUrl: customer.newRelicUrl,
      elmahUrl: customer.elmahUrl,
    });
    expect(links((await r.app.getChecklist({ id })).steps)).toEqual(links(before.steps));
    expect(await r.app.exportIncidentsCsv()).toContain(";Acme AB;");
    expect((await r.app.listIncidents({ text: "acme ab" })).map((i) => i.id)).toEqual([id]);
    // A new incident takes the customer as it is now.
    const fresh = await r.app.createIncident({ customerId: "acme" });
    expect(fresh.customerName).toBe("Acme Group");
  });

  it("removing a customer changes no past incident, and it can still be edited", async () => {
    const { r, id } = await withPastIncident();
    expect(incidentsOfCustomer(r.app.snapshot(), "acme")).toBe(1);
    await r.app.updateSettings({ customers: [] });
    const after = await r.app.getIncident({ id });
    expect(after.customerName).toBe("Acme AB");
    expect(after.customerId).toBe("acme");
    const elmah = (await r.app.getChecklist({ id })).steps.find((s) => s.id === "elmah");
    expect(elmah?.url).toBe(customer.elmahUrl);
    // A form saves all its fields: the same (removed) customer again is fine.
    const edited = await r.app.updateIncident({ id, customerId: "acme", summary: "ändrad" });
    expect(edited).toMatchObject({ summary: "ändrad", customerName: "Acme AB" });
    // Choosing a customer that is not in the settings is still refused.
    await expect(r.app.updateIncident({ id, customerId: "nobody" })).rejects.toThrow(
      /^customerId: /,
    );
    // Clearing it clears the snapshot.
    expect((await r.app.updateIncident({ id, customerId: null })).customer).toBeNull();
  });

  it("an alert names the customer as it was", async () => {
    const r = rig();
    await r.app.updateSettings({ customers: [customer] });
    await r.app.createIncident({ priority: 1, customerId: "acme" });
    await r.app.updateSettings({ customers: [] });
    r.clock.advance(HOUR);
    await r.app.checkAlerts();
    expect(r.notifier.sent.at(-1)?.body ?? "").toContain("Acme AB");
  });

  it("an incident from before snapshots falls back to the live customer list", async () => {
    const r = rig();
    await r.app.updateSettings({ customers: [customer] });
    const { id } = await r.app.createIncident({ customerId: "acme" });
    const doc = r.app.snapshot();
    const old = {
      ...doc,
      incidents: doc.incidents.map((incident) => {
        const copy = { ...incident };
        delete copy.customer;
        return copy;
      }),
    };
    const restarted = rig({ initial: old });
    expect((await restarted.app.getIncident({ id })).customerName).toBe("Acme AB");
  });

  it("quick links from the form as on screen: a draft changes the links, and nothing is saved", async () => {
    const { r, id } = await withPastIncident();
    const globex = {
      ...customer,
      id: "globex",
      name: "Globex",
      elmahUrl: "https://globex.example/elmah",
    };
    await r.app.updateSettings({ customers: [customer, globex] });
    const saves = r.storage.saves.length;
    const drafted = await r.app.getChecklist({
      id,
      draft: { customerId: "globex", summary: "Ny text" },
    });
    expect(drafted.steps.find((s) => s.id === "elmah")?.url).toBe(globex.elmahUrl);
    expect(drafted.jiraCreateUrl).toContain(encodeURIComponent("Globex: Ny text"));
    expect(r.storage.saves.length).toBe(saves);
    expect((await r.app.getIncident({ id })).customerId).toBe("acme");
    await expect(r.app.getChecklist({ id, draft: { customerId: "nobody" } })).rejects.toThrow(
      /^customerId: /,
    );
  });
});
