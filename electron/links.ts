import { isSafeHttpUrl } from "../shared/app/settings/urls";

/**
 * External links leave the app only as http(s): a `file:`, `smb:` or `javascript:` URL
 * handed to the OS could run or mount something (PRODUCT §4). One check for the whole app:
 * shared/app/settings/urls.ts (also no credentials, no bidi controls).
 */
export function isSafeExternalUrl(raw: string): boolean {
  return isSafeHttpUrl(raw);
}

export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
}

/** Opens a safe link in the user's browser; anything else is refused and reported false. */
export function createLinkOpener(shell: ExternalOpener, log: (message: string) => void) {
  return async function openLink(url: string): Promise<boolean> {
    if (!isSafeExternalUrl(url)) {
      log(`Refused to open a non-http(s) link: ${url.slice(0, 100)}`);
      return false;
    }
    await shell.openExternal(url);
    return true;
  };
}

export type OpenLink = ReturnType<typeof createLinkOpener>;
