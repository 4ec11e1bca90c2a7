import { describe, expect, it, vi } from "vitest";
import { createLinkOpener, isSafeExternalUrl } from "../../electron/links";

describe("external links", () => {
  it("opens http and https links in the browser", async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const openLink = createLinkOpener(shell, vi.fn());
    await expect(openLink("https://one.newrelic.com/x?y=1")).resolves.toBe(true);
    await expect(openLink("http://intranet.example/")).resolves.toBe(true);
    expect(shell.openExternal.mock.calls).toEqual([
      ["https://one.newrelic.com/x?y=1"],
      ["http://intranet.example/"],
    ]);
  });

  it("refuses javascript:, file:, data:, smb: and anything else, without calling the OS", async () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const log = vi.fn();
    const openLink = createLinkOpener(shell, log);
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,<script>alert(1)</script>",
      "smb://attacker.example/share",
      "ms-msdt:/id PCWDiagnostic",
      "mailto:x@example.com",
      "//evil.example",
      "https:",
      "not a url",
      "",
    ]) {
      await expect(openLink(url), url).resolves.toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it("isSafeExternalUrl needs http(s) and a host", () => {
    expect(isSafeExternalUrl("https://example.com")).toBe(true);
    expect(isSafeExternalUrl("https://")).toBe(false);
    expect(isSafeExternalUrl("file://host/share")).toBe(false);
  });
});
