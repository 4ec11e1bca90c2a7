import type { JourApi } from "../../shared/app/api";

/**
 * What the window needs from its host beyond the JourApi: opening external links (never by
 * navigating the window) and the clipboard. Electron's preload may offer `openExternal` and
 * `copyText` beside the JourApi methods (the shell then enforces http(s)); otherwise the
 * browser's own means are used.
 */
export interface WindowShell {
  openExternal(url: string): Promise<void>;
  copyText(text: string): Promise<void>;
}

interface HostExtras {
  openExternal?: (url: string) => Promise<void>;
  copyText?: (text: string) => Promise<void>;
}

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

export function browserShell(): WindowShell {
  return {
    async openExternal(url) {
      if (!isHttpUrl(url)) throw new Error(`link: only http(s) links open (${url})`);
      window.open(url, "_blank", "noopener,noreferrer");
    },
    copyText: copyWithBrowser,
  };
}

/** The host's means where it has them, the browser's otherwise. */
export function shellOf(api: JourApi & HostExtras): WindowShell {
  const fallback = browserShell();
  const { openExternal, copyText } = api;
  return {
    openExternal: openExternal
      ? (url) => (isHttpUrl(url) ? openExternal(url) : fallback.openExternal(url))
      : fallback.openExternal,
    copyText: copyText ? (text) => copyText(text) : fallback.copyText,
  };
}

async function copyWithBrowser(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    // Older hosts or a denied permission: the selection-based copy still works in a window.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (!copied) throw error;
  }
}
