import type { JourMethod } from "../shared/app/api";
import { clipMessage } from "../shared/app/texts/errors";
import type { IpcResult, WindowApi } from "../shared/ipc";
import { channelOf, dispatch, isAppMethod, jourMethods } from "../shared/ipc";
import { isAppUrl } from "./window/routes";

/** The parts of an `ipcMain.handle` event the transport reads. */
export interface InvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, arg: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface JourIpcDeps {
  ipcMain: IpcMainLike;
  /** The app core and main's shell actions (openExternal, copyText). */
  api: WindowApi;
  /** The window's webContents, null while no window is open. */
  trustedContents: () => unknown;
  /** After each app call that succeeded (the tray refreshes, settings take effect). */
  afterCall: (method: JourMethod) => void;
  log: (message: string) => void;
}

/**
 * Serves the contract of shared/ipc.ts, one channel per method and nothing else. A call is
 * served only from the Jour window's own app:// page; its argument is validated against
 * the contract before the app sees it. Returns a function that removes the handlers.
 */
export function registerJourIpc({
  ipcMain,
  api,
  trustedContents,
  afterCall,
  log,
}: JourIpcDeps): () => void {
  const isTrusted = (event: InvokeEvent): boolean => {
    const contents = trustedContents();
    return (
      contents !== null &&
      event.sender === contents &&
      event.senderFrame !== null &&
      isAppUrl(event.senderFrame.url)
    );
  };

  for (const method of jourMethods) {
    ipcMain.handle(channelOf(method), async (event, arg): Promise<IpcResult<unknown>> => {
      if (!isTrusted(event)) {
        log(`Refused ${method} from a sender that is not the Jour window`);
        return {
          ok: false,
          error: "sender: not the Jour window",
          field: "sender",
          code: "sender",
          params: {},
        };
      }
      try {
        const result = await dispatch(api, method, arg);
        if (result.ok && isAppMethod(method)) afterCall(method);
        // dispatch clips its messages; this holds for any error that reaches the window.
        return result.ok ? result : { ...result, error: clipMessage(result.error) };
      } catch (error) {
        // A bug, not bad input: logged in full here, the renderer gets no internals.
        log(
          `${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return {
          ok: false,
          error: `${method}: internal error`,
          field: "",
          code: "internal",
          params: {},
        };
      }
    });
  }
  return () => {
    for (const method of jourMethods) ipcMain.removeHandler(channelOf(method));
  };
}
