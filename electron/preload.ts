import { contextBridge, ipcRenderer } from "electron";
import * as v from "valibot";
import { encodeInputError } from "../shared/app/texts/errors";
import type {
  ChangeEvent,
  ChangeEvents,
  ContractMethod,
  IpcResult,
  WindowApi,
} from "../shared/ipc";
import {
  CHANGED_CHANNEL,
  changeEventSchema,
  channelOf,
  jourMethods,
  validateResult,
} from "../shared/ipc";

/**
 * The window's only door to the app and its host: `window.jour`, one function per contract
 * method (the JourApi and the shell actions openExternal and copyText) and nothing else
 * (never ipcRenderer itself). Each call resolves with the checked result or
 * rejects with an Error whose message names the field ("weeks.0: ..."), like JourApi.
 * Built by esbuild into one CommonJS file: a sandboxed preload cannot load modules.
 */

function callOf(method: ContractMethod) {
  return async (arg?: unknown): Promise<unknown> => {
    const answer: unknown = await ipcRenderer.invoke(channelOf(method), arg);
    if (!isAnswer(answer)) throw new Error(`${method}: malformed answer`);
    if (!answer.ok) throw failure(answer);
    const result = validateResult(method, answer.value);
    if (!result.ok) throw failure(result);
    return result.value;
  };
}

// contextBridge keeps only an Error's message: the code and params ride in it.
function failure(answer: { error: string; code?: unknown; params?: unknown }): Error {
  const { error, code, params } = answer as Extract<IpcResult<unknown>, { ok: false }>;
  return new Error(code ? encodeInputError(error, code, params ?? {}) : error);
}

function isAnswer(
  answer: unknown,
): answer is { ok: true; value: unknown } | { ok: false; error: string } {
  if (typeof answer !== "object" || answer === null || !("ok" in answer)) return false;
  return answer.ok === true || ("error" in answer && typeof answer.error === "string");
}

const jour = Object.fromEntries(jourMethods.map((method) => [method, callOf(method)]));

// The cast is checked at runtime by the contract: every method has exactly one entry.
contextBridge.exposeInMainWorld("jour", jour as unknown as WindowApi);

/**
 * `window.jourEvents`: the one push channel from main (CHANGED_CHANNEL). A subscriber gets
 * only the checked event, never the IPC event object (which would reach ipcRenderer).
 */
const jourEvents: ChangeEvents = {
  subscribe(listener: (event: ChangeEvent) => void) {
    const handler = (_event: unknown, payload: unknown) => {
      const checked = v.safeParse(changeEventSchema, payload);
      if (checked.success) listener(checked.output);
    };
    ipcRenderer.on(CHANGED_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(CHANGED_CHANNEL, handler);
    };
  },
};
contextBridge.exposeInMainWorld("jourEvents", jourEvents);
