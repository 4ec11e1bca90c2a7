import { contextBridge, ipcRenderer } from "electron";
import type { ContractMethod, WindowApi } from "../shared/ipc";
import { encodeInputError } from "../shared/app/errors";
import type { IpcResult } from "../shared/ipc";
import { channelOf, jourMethods, validateResult } from "../shared/ipc";

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
