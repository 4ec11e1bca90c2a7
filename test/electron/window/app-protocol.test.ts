import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createAppProtocolHandler, resolveAppPath } from "../../../electron/window/app-protocol";
import { CONTENT_SECURITY_POLICY } from "../../../electron/window/csp";

const root = path.resolve("/srv/jour/dist/renderer");

describe("resolveAppPath", () => {
  it("maps app://jour/ URLs to files under the renderer folder", () => {
    expect(resolveAppPath(root, "app://jour/")).toBe(path.join(root, "index.html"));
    expect(resolveAppPath(root, "app://jour/index.html#/settings")).toBe(
      path.join(root, "index.html"),
    );
    expect(resolveAppPath(root, "app://jour/assets/main-1a2b.js?v=1")).toBe(
      path.join(root, "assets", "main-1a2b.js"),
    );
  });

  it("never resolves outside the folder, however the path is spelled", () => {
    // The URL parser folds plain and %2e dot segments itself; what survives it is checked.
    for (const url of [
      "app://jour/../../etc/passwd",
      "app://jour/%2e%2e/%2e%2e/etc/passwd",
      "app://jour/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "app://jour/..%2f..%2f..%2fetc%2fpasswd",
      "app://jour/..%5c..%5cwindows%5cwin.ini",
      "app://jour/index.html%00.png",
      "app://jour/%E0%A4%A",
    ]) {
      const file = resolveAppPath(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep), url).toBe(true);
    }
  });

  it("refuses encoded separators, backslashes, NUL and broken escapes outright", () => {
    for (const url of [
      "app://jour/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "app://jour/..%2f..%2f..%2fetc%2fpasswd",
      "app://jour/..%5c..%5cwindows%5cwin.ini",
      "app://jour/index.html%00.png",
      "app://jour/%E0%A4%A",
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it("refuses other hosts and schemes", () => {
    expect(resolveAppPath(root, "app://evil/index.html")).toBeNull();
    expect(resolveAppPath(root, "file:///srv/jour/dist/renderer/index.html")).toBeNull();
    expect(resolveAppPath(root, "https://jour/index.html")).toBeNull();
  });
});

describe("the app:// handler", () => {
  const files: Record<string, string> = {
    [path.join(root, "index.html")]: "<!doctype html><title>Jour</title>",
    [path.join(root, "assets", "app.js")]: "console.log(1)",
  };
  const readFile = vi.fn(async (file: string) => {
    const text = files[file];
    if (text === undefined) throw new Error("ENOENT");
    return new TextEncoder().encode(text);
  });
  const handle = createAppProtocolHandler({ root, readFile });

  it("serves a file with its type and the strict CSP", async () => {
    const response = await handle(new Request("app://jour/index.html"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain("<title>Jour</title>");
    const script = await handle(new Request("app://jour/assets/app.js"));
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("answers 403 to a traversal without reading anything, 404 to a missing file", async () => {
    readFile.mockClear();
    const traversal = await handle(new Request("app://jour/..%2f..%2f..%2fetc%2fpasswd"));
    expect(traversal.status).toBe(403);
    expect(readFile).not.toHaveBeenCalled();
    expect((await handle(new Request("app://jour/missing.js"))).status).toBe(404);
  });

  it("serves only GET and HEAD", async () => {
    const post = await handle(new Request("app://jour/index.html", { method: "POST", body: "x" }));
    expect(post.status).toBe(405);
  });
});

describe("the CSP", () => {
  it("is the strict policy of the spec, every directive present", () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});
