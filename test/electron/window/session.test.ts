import { session } from "electron";
import { describe, expect, it, vi } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../../electron/window/csp";
import { hardenSession } from "../../../electron/window/session";

describe("the session", () => {
  const defaultSession = session.defaultSession;
  hardenSession(defaultSession);

  it("denies every permission request, the clipboard's too (copying goes through main)", () => {
    const handler = vi.mocked(defaultSession.setPermissionRequestHandler).mock.calls[0]?.[0];
    const ask = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      handler?.({} as never, permission as never, callback, { requestingUrl } as never);
      return callback.mock.calls[0]?.[0] as boolean;
    };
    for (const permission of ["media", "geolocation", "notifications", "openExternal"]) {
      expect(ask(permission, "app://jour/index.html")).toBe(false);
    }
    expect(ask("clipboard-read", "app://jour/index.html")).toBe(false);
    expect(ask("clipboard-sanitized-write", "https://evil.example/")).toBe(false);
    expect(ask("clipboard-sanitized-write", "app://jour/index.html")).toBe(false);
  });

  it("answers permission checks the same way", () => {
    const check = vi.mocked(defaultSession.setPermissionCheckHandler).mock.calls[0]?.[0];
    expect(check?.(null, "media" as never, "app://jour", {} as never)).toBe(false);
    expect(check?.(null, "clipboard-sanitized-write" as never, "app://jour", {} as never)).toBe(
      false,
    );
  });

  it("puts the strict CSP on every response, replacing a weaker one", () => {
    const listener = vi.mocked(defaultSession.webRequest.onHeadersReceived).mock
      .calls[0]?.[0] as unknown as (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener(
      { responseHeaders: { "content-security-policy": ["default-src *"], "X-A": ["b"] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { "X-A": ["b"], "Content-Security-Policy": [CONTENT_SECURITY_POLICY] },
    });
  });
});
