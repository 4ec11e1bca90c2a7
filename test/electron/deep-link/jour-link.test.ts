import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkForLog, linkInArgv, parseJourLink } from "../../../electron/deep-link/jour-link";

describe("parseJourLink", () => {
  it.each([
    ["jour://toggle", { action: "toggle" }],
    ["jour://start", { action: "start" }],
    ["jour://stop", { action: "stop" }],
    ["jour://stop/", { action: "stop" }],
    ["JOUR://Toggle", { action: "toggle" }],
    ["jour://incident/i-12", { action: "incident", incidentId: "i-12" }],
    ["jour://INCIDENT/i-12/", { action: "incident", incidentId: "i-12" }],
  ])("reads %s", (raw, link) => {
    expect(parseJourLink(raw)).toEqual({ ok: true, link });
  });

  it.each([
    [undefined, "not a string"],
    [42, "not a string"],
    [["jour://toggle"], "not a string"],
    ["", "not a jour:// link"],
    ["toggle", "not a jour:// link"],
    ["jour:toggle", "not a jour:// link"],
    ["jour:/toggle", "not a jour:// link"],
    ["https://toggle", "not a jour:// link"],
    ["javascript:alert(1)//jour://toggle", "not a jour:// link"],
    ["jour://", "unknown action (toggle, start, stop or incident/<id>)"],
    ["jour:///toggle", "unknown action (toggle, start, stop or incident/<id>)"],
    ["jour://quit", "unknown action (toggle, start, stop or incident/<id>)"],
    ["jour://togglex", "unknown action (toggle, start, stop or incident/<id>)"],
    ["jour://toggle//", "toggle takes no path"],
    ["jour://start/now", "start takes no path"],
    ["jour://stop/i-1", "stop takes no path"],
    ["jour://toggle?x=1", "a query, fragment, user, port or escape"],
    ["jour://toggle#top", "a query, fragment, user, port or escape"],
    ["jour://user@toggle", "a query, fragment, user, port or escape"],
    ["jour://toggle:80", "a query, fragment, user, port or escape"],
    ["jour://incident/i%2D1", "a query, fragment, user, port or escape"],
    ["jour://incident\\i-1", "a query, fragment, user, port or escape"],
    ["jour://toggle ", "characters outside printable ASCII"],
    ["jour://toggle\n", "characters outside printable ASCII"],
    ["jour://tögg", "characters outside printable ASCII"],
    ["jour://toggle\u0000", "characters outside printable ASCII"],
    ["jour://incident", "incident takes one id: jour://incident/<id>"],
    ["jour://incident/", "incident takes one id: jour://incident/<id>"],
    ["jour://incident/a/b", "incident takes one id: jour://incident/<id>"],
    ["jour://incident/../settings", "incident takes one id: jour://incident/<id>"],
    ["jour://incident/i.1", "not an incident id"],
    ["jour://incident/i-1234567890123456", "not an incident id"],
    [`jour://incident/${"a".repeat(65)}`, "not an incident id"],
    [`jour://incident/${"a".repeat(200)}`, "longer than 200 characters"],
  ])("refuses %j: %s", (raw, reason) => {
    expect(parseJourLink(raw)).toEqual({ ok: false, reason });
  });

  it("never throws, and accepts only the four forms", () => {
    const accepted = /^jour:\/\/(toggle|start|stop|incident\/[\w-]{1,64})\/?$/i;
    const near = fc.oneof(
      fc.string(),
      fc.string().map((s) => `jour://${s}`),
      fc.string().map((s) => `jour://incident/${s}`),
      fc
        .constantFrom("toggle", "start", "stop", "incident/i-1", "?", "/", "#", "%41", "@", ":")
        .chain((a) =>
          fc.array(fc.constantFrom(a, "/", "x", "-", "_")).map((p) => `jour://${p.join("")}`),
        ),
    );
    fc.assert(
      fc.property(near, (raw) => {
        const parsed = parseJourLink(raw);
        if (parsed.ok) expect(raw).toMatch(accepted);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("linkInArgv", () => {
  it("finds the link Windows and Linux pass as an argument", () => {
    expect(linkInArgv(["C:\\Jour\\Jour.exe", "--flag", "jour://toggle"])).toBe("jour://toggle");
    expect(linkInArgv(["/opt/Jour/jour", "JOUR://stop"])).toBe("JOUR://stop");
  });

  it("is null without one, or for what is not a list of strings", () => {
    expect(linkInArgv(["/opt/Jour/jour", "."])).toBeNull();
    expect(linkInArgv(undefined)).toBeNull();
    expect(linkInArgv("jour://toggle")).toBeNull();
    expect(linkInArgv([42, { href: "jour://toggle" }])).toBeNull();
  });
});

describe("linkForLog", () => {
  it("cuts a long link and shows control characters as ?", () => {
    expect(linkForLog("jour://x\n\u0007y")).toBe("jour://x??y");
    expect(linkForLog("jour://" + "a".repeat(200))).toHaveLength(81);
    expect(linkForLog(undefined)).toBe("undefined");
  });
});
