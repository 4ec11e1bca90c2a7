import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../../../shared/app/incidents/checklist";
import { MINUTE, MONDAY_10, customer, rig } from "../fakes";

const links = {
  callForwardingPortal: "https://portal.telenor.se",
  newRelic: "https://one.newrelic.com",
  jira: "https://agency.atlassian.net/",
  jiraProjectId: "10001",
  jiraIssueTypeId: "10004",
  callLink: "https://teams.microsoft.com/l/meetup-join/jour",
};

async function incidentWithCustomer() {
  const r = rig();
  await r.app.updateSettings({ customers: [customer], links });
  const incident = await r.app.createIncident({
    priority: 1,
    customerId: "acme",
    summary: "Kassa & betalning nere?",
  });
  r.clock.advance(20 * MINUTE);
  return { ...r, id: incident.id };
}

describe("the runbook checklist", () => {
  it("lists the settings' steps and fills each link from the incident and its customer", async () => {
    const { app, id } = await incidentWithCustomer();
    const checklist = await app.getChecklist({ id });
    const url = (stepId: string) => checklist.steps.find((s) => s.id === stepId)?.url;
    expect(checklist.steps.map((s) => s.id)).toEqual([
      "call",
      "classify",
      "new-relic",
      "elmah",
      "fix",
      "jira",
      "confirm",
    ]);
    expect(url("call")).toBe(links.callLink);
    expect(url("elmah")).toBe(customer.elmahUrl);
    expect(url("classify")).toBeNull();
    // The customer's New Relic URL has a query already: the window joins it with "&".
    expect(url("new-relic")).toBe(
      `${customer.newRelicUrl}&begin=${MONDAY_10 - 30 * MINUTE}&end=${MONDAY_10 + 20 * MINUTE}`,
    );
    expect(checklist.window).toEqual({
      start: MONDAY_10 - 30 * MINUTE,
      end: MONDAY_10 + 20 * MINUTE,
    });
  });

  it("pre-fills Jira's create-issue link with summary, description and both labels, URL-encoded", async () => {
    const { app, id } = await incidentWithCustomer();
    const { jiraCreateUrl, steps } = await app.getChecklist({ id });
    expect(steps.find((s) => s.id === "jira")?.url).toBe(jiraCreateUrl);
    expect(jiraCreateUrl).toMatch(
      /^https:\/\/agency\.atlassian\.net\/secure\/CreateIssueDetails!init\.jspa\?pid=10001&issuetype=10004&/,
    );
    const query = (jiraCreateUrl ?? "").split("?")[1] ?? "";
    expect(query).not.toMatch(/[ &?]betalning|nere\?/);
    const params = query.split("&").map((p) => p.split("=").map(decodeURIComponent));
    expect(params).toContainEqual(["summary", "Acme AB: Kassa & betalning nere?"]);
    expect(params.filter(([k]) => k === "labels").map(([, v]) => v)).toEqual([
      "Production",
      "Jour",
    ]);
    const description = params.find(([k]) => k === "description")?.[1];
    expect(description).toBe(
      "Kund: Acme AB\nPrioritet: P1\nAnmäld: 2025-11-24 10:00\n\nKassa & betalning nere?",
    );
  });

  it("offers no link while a placeholder is empty, and says which", async () => {
    const { app } = rig();
    const { id } = await app.createIncident();
    const steps = (await app.getChecklist({ id })).steps;
    expect(steps.find((s) => s.id === "elmah")).toMatchObject({ url: null, missing: ["elmahUrl"] });
    // No Jira project configured: no create-issue link.
    expect(steps.find((s) => s.id === "jira")).toMatchObject({
      url: null,
      missing: ["jiraCreateUrl"],
    });
  });

  it("encodes text placeholders, inserts URL placeholders as they are, and offers only http(s)", () => {
    const values = new Map([
      ["siteUrl", "https://shop.example/path?x=1"],
      ["summary", "a b&c/d?é"],
      ["startIso", "2025-11-24T09:00:00.000Z"],
    ]);
    expect(fillTemplate("{siteUrl}&q={summary}&t={startIso}", values).url).toBe(
      "https://shop.example/path?x=1&q=a%20b%26c%2Fd%3F%C3%A9&t=2025-11-24T09%3A00%3A00.000Z",
    );
    expect(fillTemplate("javascript:alert({summary})", values)).toEqual({ url: null, missing: [] });
    expect(fillTemplate("https://x.example/{nosuch}", values)).toEqual({
      url: null,
      missing: ["nosuch"],
    });
    expect(fillTemplate("", values)).toEqual({ url: null, missing: [] });
  });

  it("ticks steps off, and refuses a step that is not in the runbook", async () => {
    const { app, id } = await incidentWithCustomer();
    const ticked = await app.setChecklistStep({ id, stepId: "elmah", done: true });
    expect(ticked.steps.filter((s) => s.done).map((s) => s.id)).toEqual(["elmah"]);
    const unticked = await app.setChecklistStep({ id, stepId: "elmah", done: false });
    expect(unticked.steps.some((s) => s.done)).toBe(false);
    await expect(app.setChecklistStep({ id, stepId: "nope", done: true })).rejects.toThrow(
      /^stepId:/,
    );
  });

  it("follows edited runbook steps and link templates", async () => {
    const { app, id } = await incidentWithCustomer();
    await app.updateSettings({
      runbook: [
        {
          id: "nr",
          text: "New Relic, ISO",
          link: "https://nr.example/?from={startIso}&to={endIso}&s={summary}",
        },
      ],
    });
    const [step] = (await app.getChecklist({ id })).steps;
    expect(step?.url).toBe(
      "https://nr.example/?from=2025-11-24T08%3A30%3A00.000Z&to=2025-11-24T09%3A20%3A00.000Z&s=Kassa%20%26%20betalning%20nere%3F",
    );
  });
});
