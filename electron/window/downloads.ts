import path from "node:path";
import { isAppUrl } from "./routes";

/** The parts of an Electron DownloadItem the window host uses. */
export interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
  setSaveDialogOptions(options: { defaultPath?: string }): void;
}

export type WillDownloadListener = (
  event: { preventDefault(): void },
  item: DownloadItemLike,
  contents: unknown,
) => void;

/** The part of a session that announces downloads. */
export interface DownloadSession {
  on(event: "will-download", listener: WillDownloadListener): unknown;
}

export interface DownloadPolicyDeps {
  /** The Jour window's webContents, null while it is closed. */
  ownContents: () => unknown;
  /** Where the save dialog starts (the user's Downloads folder). */
  downloadsDirectory: () => string;
  log: (message: string) => void;
}

/** A blob the app's own page made (`blob:app://jour/<uuid>`): the window's CSV/JSON exports. */
export function isAppBlobUrl(raw: string): boolean {
  return raw.startsWith("blob:") && isAppUrl(raw.slice("blob:".length));
}

/**
 * The window's exports are blob downloads (`<a download>`). A download the Jour window's
 * own app:// page started gets Electron's save dialog, opened in the Downloads folder at
 * the file name the page suggested; the user picks where it goes. Any other download (a
 * foreign page, a URL from outside) is cancelled.
 */
export function createDownloadPolicy({
  ownContents,
  downloadsDirectory,
  log,
}: DownloadPolicyDeps): WillDownloadListener {
  return (event, item, contents) => {
    const own = ownContents();
    const url = item.getURL();
    if (own === null || contents !== own || !isAppBlobUrl(url)) {
      event.preventDefault();
      log(`Refused a download that is not the Jour window's own: ${url.slice(0, 100)}`);
      return;
    }
    // The page's suggestion, as a bare name: it never picks the folder.
    const name = path.basename(item.getFilename().replaceAll("\\", "/")) || "jour-export";
    item.setSaveDialogOptions({ defaultPath: path.join(downloadsDirectory(), name) });
  };
}
