import type { OpenLink } from "../links";
import { isSafeExternalUrl } from "../links";

/** The parts of a webContents the hardening touches. */
export interface HardenableContents {
  on(event: "will-navigate" | "will-redirect", listener: NavigationListener): unknown;
  on(event: "will-attach-webview", listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: "deny" }): void;
}
type NavigationListener = (event: { preventDefault(): void; url: string }) => void;

/**
 * The window never navigates away and never opens another window: a link click or
 * window.open is refused, and an http(s) target goes to the user's browser instead.
 */
export function hardenContents(contents: HardenableContents, openLink: OpenLink): void {
  const refuse: NavigationListener = (event) => {
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) void openLink(event.url);
  };
  contents.on("will-navigate", refuse);
  contents.on("will-redirect", (event) => event.preventDefault());
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openLink(url);
    return { action: "deny" };
  });
}
