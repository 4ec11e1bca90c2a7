import * as v from "valibot";
import type { JourApi } from "./app/api";
import { plainObject } from "./app/texts/plain-object";
import { isSafeHttpUrl, urlProblem } from "./app/settings/urls";
import type { AboutApi } from "./about-api";

/**
 * What the window asks of its host beyond the app core: opening a link outside the window
 * and putting text on the clipboard. Not app behaviour (nothing is stored, nothing changes
 * in the core), so it is its own small part of the contract: Electron's main implements it
 * with its shell and clipboard, the browser preview with `window.open` and
 * `navigator.clipboard`. Bad input rejects with an InputError naming the field, like JourApi.
 * Settings → About's questions (version, log folder, updates, the window's errors) are the
 * host's too: AboutApi (about-api.ts).
 */
export interface ShellApi {
  /** Opens an http: or https: URL in the user's browser; anything else is refused ("url: …"). */
  openExternal(input: OpenExternalInput): Promise<void>;
  /** Puts `text` on the clipboard (plain text, at most MAX_COPY_LENGTH characters). */
  copyText(input: CopyTextInput): Promise<void>;
}

/** What the window asks of its host: the shell actions and About's. */
export type HostApi = ShellApi & AboutApi;
export type ShellMethod = keyof HostApi;

/** Everything the window can call: the app core and its host's actions. */
export type WindowApi = JourApi & HostApi;
export type ContractMethod = keyof WindowApi;

/** Longer than any report or URL the app makes; keeps a runaway call off the clipboard. */
export const MAX_COPY_LENGTH = 100_000;
export const MAX_URL_LENGTH = 32_768;

/**
 * An absolute http: or https: URL with a host, no credentials and no bidi controls: the one
 * check of shared/app/settings/urls.ts. Everything else (javascript:, file:, data:, smb:, a relative
 * or protocol-relative URL) is refused: handed to the OS it could run or mount something.
 */
export const isHttpUrl = isSafeHttpUrl;

export const openExternalSchema = plainObject({
  url: v.pipe(
    v.string("only http: and https: links open (expected a URL text)"),
    v.maxLength(MAX_URL_LENGTH, `expected a link of at most ${MAX_URL_LENGTH} characters`),
    v.check(
      isHttpUrl,
      (issue) => urlProblem(String(issue.input)) ?? "only http: and https: links open",
    ),
  ),
});
export type OpenExternalInput = v.InferOutput<typeof openExternalSchema>;

export const copyTextSchema = plainObject({
  text: v.pipe(
    v.string("expected a text"),
    v.maxLength(MAX_COPY_LENGTH, `expected at most ${MAX_COPY_LENGTH} characters`),
  ),
});
export type CopyTextInput = v.InferOutput<typeof copyTextSchema>;
