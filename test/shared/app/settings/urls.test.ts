import { emptyJourData } from "../../../../shared/app/data/document";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { incidentChecklist } from "../../../../shared/app/incidents/checklist";
import { applySettingsPatch, defaultAppSettings } from "../../../../shared/app/settings/settings";
import { isSafeHttpUrl, urlProblem } from "../../../../shared/app/settings/urls";
import { isHttpUrl } from "../../../../shared/shell-api";
import { isSafeExternalUrl } from "../../../../electron/links";
import { plainIncident } from "../fakes";

// The settings' regex and openExternal's URL parser disagreed on these (issue #11).
const DISAGREED = [
  "http://:80/", // the regex took it, the parser has no host
  "https://exa%mple.se/", // the regex took it, the parser refuses the host
  "https://[::1/", // the regex took it, the parser refuses it
  "https:evil.example/", // the parser reads https://evil.example, the regex refused it
  "http:/\\evil.example/", // the parser reads http://evil.example, the regex refused it
  " https://evil.example/", // the parser trims the space, the regex refused it
];

describe("one URL check", () => {
  it("takes plain http(s) links with a host", () => {
    for (const url of [
      "https://one.newrelic.com",
      "http://localhost:8080/elmah.axd?x=1#y",
      "HTTPS://Agency.Atlassian.net/secure/CreateIssueDetails!init.jspa?pid=1&summary=a%20b",
      "https://xn--rksmrgs-5wao1o.se/",
    ]) {
      expect(urlProblem(url), url).toBeNull();
    }
  });

  it("refuses the cases the settings and openExternal disagreed on, in every place", () => {
    for (const url of DISAGREED) {
      expect(isSafeHttpUrl(url), url).toBe(false);
      expect(isHttpUrl(url), url).toBe(false);
      expect(isSafeExternalUrl(url), url).toBe(false);
      expect(() =>
        applySettingsPatch(defaultAppSettings(), {
          links: { ...defaultAppSettings().links, jira: url },
        }),
      ).toThrow(/^settings\.links\.jira: /);
    }
  });

  it("refuses a user name or password in the link", () => {
    for (const url of [
      "https://good.se@evil.example/",
      "https://user:pass@evil.example/",
      "https://:pass@evil.example/",
      "https://@evil.example/",
    ]) {
      expect(urlProblem(url), url).toMatch(/user name or password/);
    }
  });

  it("refuses bidi control characters anywhere", () => {
    for (const bidi of [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200E",
      "\u200F",
    ]) {
      expect(urlProblem(`https://good.se/${bidi}exe.moc`), escape(bidi)).toMatch(/bidi/);
      expect(isSafeHttpUrl(`https://go${bidi}od.se/`)).toBe(false);
    }
  });

  it("refuses other schemes, controls, spaces and backslashes", () => {
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,x",
      "smb://server/share",
      "//evil.example/",
      "https://",
      "https://evil.example/\u0000",
      "https://evil.example/\tx",
      "https://evil\\.example/",
      "https://a b.example/",
    ]) {
      expect(isSafeHttpUrl(url), url).toBe(false);
    }
  });

  it("all three places agree on any text", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc
            .tuple(fc.constantFrom("https://", "http://", "https:", " http://"), fc.string())
            .map(([a, b]) => a + b),
        ),
        (url) => {
          const safe = isSafeHttpUrl(url);
          expect(isHttpUrl(url)).toBe(safe);
          expect(isSafeExternalUrl(url)).toBe(safe);
          let settingsOk = true;
          try {
            applySettingsPatch(defaultAppSettings(), {
              links: { ...defaultAppSettings().links, jira: url },
            });
          } catch {
            settingsOk = false;
          }
          expect(settingsOk).toBe(safe || url === "");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a runbook link whose filled template is not safe is not offered", () => {
    const settings = defaultAppSettings();
    settings.runbook = [
      { id: "a", text: "A", link: "https://{summary}@evil.example/" },
      { id: "b", text: "B", link: "{jiraUrl}/browse" },
    ];
    settings.links.jira = "https://agency.atlassian.net";
    const incident = plainIncident({
      id: "i-1",
      reportedAt: Date.UTC(2025, 0, 1),
      summary: "x",
      work: [],
    });
    const data = { ...emptyJourData(settings), incidents: [incident], nextId: 2 };
    const steps = incidentChecklist(data, incident, Date.UTC(2025, 0, 1, 1)).steps;
    expect(steps[0]?.url).toBeNull();
    expect(steps[1]?.url).toBe("https://agency.atlassian.net/browse");
  });
});
