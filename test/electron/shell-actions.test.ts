import { fakeAbout } from "../shared/fake-about";
import { clipboard, ipcMain, shell } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { JourApi } from "../../shared/app/api";
import type { InvokeEvent } from "../../electron/ipc-transport";
import { registerJourIpc } from "../../electron/ipc-transport";
import { createLinkOpener } from "../../electron/links";
import { createShellActions } from "../../electron/shell-actions";

/**
 * The window's shell actions over IPC in main, wired as run-jour wires them: the transport,
 * main's link filter over (fake) Electron's shell, and its clipboard.
 */
type Handler = (event: InvokeEvent, arg: unknown) => Promise<unknown>;

const windowContents = { id: 1 };
const fromWindow: InvokeEvent = { sender: windowContents, senderFrame: { url: "app://jour/" } };

function setup() {
  const afterCall = vi.fn();
  const log = vi.fn();
  const actions = createShellActions({
    openLink: createLinkOpener(shell, log),
    clipboard,
  });
  registerJourIpc({
    ipcMain,
    api: { ...({} as JourApi), ...actions, ...fakeAbout() },
    trustedContents: () => windowContents,
    afterCall,
    log,
  });
  const handler = (channel: string): Handler => {
    const call = vi.mocked(ipcMain.handle).mock.calls.find(([name]) => name === channel);
    if (!call) throw new Error(`no handler for ${channel}`);
    return call[1] as Handler;
  };
  return {
    openExternal: handler("jour:openExternal"),
    copyText: handler("jour:copyText"),
    afterCall,
    log,
  };
}

beforeEach(() => {
  vi.mocked(ipcMain.handle).mockClear();
  vi.mocked(shell.openExternal).mockClear();
  vi.mocked(clipboard.writeText).mockClear();
});

describe("openExternal in main", () => {
  it("opens an http(s) link in the user's browser", async () => {
    const { openExternal, afterCall } = setup();
    for (const url of ["https://one.newrelic.com/x?y=1", "http://intranet.example/elmah.axd"]) {
      await expect(openExternal(fromWindow, { url })).resolves.toEqual({
        ok: true,
        value: undefined,
      });
    }
    expect(vi.mocked(shell.openExternal).mock.calls).toEqual([
      ["https://one.newrelic.com/x?y=1"],
      ["http://intranet.example/elmah.axd"],
    ]);
    // Nothing of the app's data changed: the tray is not refreshed for it.
    expect(afterCall).not.toHaveBeenCalled();
  });

  it("refuses javascript:, file:, data:, smb: and relative URLs with an error naming url", async () => {
    const { openExternal } = setup();
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,<script>alert(1)</script>",
      "smb://attacker.example/share",
      "/settings",
      "//evil.example/",
    ]) {
      const answer = (await openExternal(fromWindow, { url })) as { ok: boolean; error: string };
      expect(answer, url).toMatchObject({ ok: false, field: "url" });
      expect(answer.error, url).toMatch(/^url: /);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it("the schema and main's own filter are one check (urls.ts): no host, or credentials, refused", async () => {
    const { openExternal } = setup();
    await expect(openExternal(fromWindow, { url: "http://@/" })).resolves.toEqual({
      ok: false,
      error: "url: a user name or password is not allowed in a link",
      field: "url",
      code: "urlCredentials",
      params: {},
    });
    await expect(
      openExternal(fromWindow, { url: "https://good.se@evil.example/" }),
    ).resolves.toMatchObject({ ok: false, field: "url" });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it("refuses a foreign sender or frame without opening anything", async () => {
    const { openExternal } = setup();
    const url = "https://one.newrelic.com/";
    for (const event of [
      { sender: { id: 2 }, senderFrame: { url: "app://jour/" } },
      { sender: windowContents, senderFrame: { url: "https://evil.example/" } },
      { sender: windowContents, senderFrame: null },
    ]) {
      await expect(openExternal(event, { url })).resolves.toEqual({
        ok: false,
        error: "sender: not the Jour window",
        field: "sender",
        code: "sender",
        params: {},
      });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe("copyText in main", () => {
  it("writes the exact text to the clipboard", async () => {
    const { copyText } = setup();
    const text = "1 x Jourvecka\nTaxa 1: 0,5h\nTaxa 3: 1h";
    await expect(copyText(fromWindow, { text })).resolves.toEqual({ ok: true, value: undefined });
    expect(vi.mocked(clipboard.writeText).mock.calls).toEqual([[text]]);
  });

  it("refuses a non-text or an over-long text naming text, and a foreign sender", async () => {
    const { copyText } = setup();
    for (const text of [42, null, "x".repeat(100_001)]) {
      await expect(copyText(fromWindow, { text })).resolves.toMatchObject({
        ok: false,
        field: "text",
      });
    }
    await expect(
      copyText({ sender: { id: 2 }, senderFrame: { url: "app://jour/" } }, { text: "secret" }),
    ).resolves.toMatchObject({ ok: false, field: "sender" });
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });
});
