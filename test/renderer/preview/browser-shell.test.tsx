import { browserAbout } from "../../../renderer/preview/browser-about";
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LinkButton } from "../../../renderer/ui/LinkButton";
import { browserShell } from "../../../renderer/preview/browser-shell";
import { MAX_COPY_LENGTH } from "../../../shared/shell-api";
import { makeRig, renderWith } from "../render-app";

// The preview's shell actions: the browser's own means, behind the contract's schemas.
let open: ReturnType<typeof vi.fn<typeof window.open>>;
let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  open = vi.fn<typeof window.open>(() => null);
  vi.spyOn(window, "open").mockImplementation(open);
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the preview's shell actions", () => {
  it("open an http(s) link in a new browsing context that cannot reach back", async () => {
    await browserShell().openExternal({ url: "https://one.newrelic.com/x" });
    expect(open).toHaveBeenCalledWith(
      "https://one.newrelic.com/x",
      "_blank",
      "noopener,noreferrer",
    );
  });

  it("refuse javascript:, file:, data:, smb: and relative links naming url", async () => {
    const shell = browserShell();
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,x",
      "smb://server/share",
      "#/settings",
      "//evil.example/",
    ]) {
      await expect(shell.openExternal({ url }), url).rejects.toThrow(/^url: /);
    }
    expect(open).not.toHaveBeenCalled();
  });

  it("copy the exact text to the clipboard; too long a text is refused naming text", async () => {
    const shell = browserShell();
    await shell.copyText({ text: "1 x Jourvecka\nTaxa 1: 0,5h" });
    expect(writeText).toHaveBeenCalledWith("1 x Jourvecka\nTaxa 1: 0,5h");
    await expect(shell.copyText({ text: "x".repeat(MAX_COPY_LENGTH + 1) })).rejects.toThrow(
      /^text: /,
    );
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it("a refused link shows the reason beside the button and opens nothing", async () => {
    const rig = makeRig();
    renderWith(
      { ...rig, api: { ...rig.app, ...browserShell(), ...browserAbout() } },
      <LinkButton url="javascript:alert(1)" name="ELMAH" />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Öppna ELMAH" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Länk: bara http- och https-länkar öppnas",
    );
    expect(open).not.toHaveBeenCalled();
  });
});
