import { fakeAbout } from "../shared/fake-about";
import { describe, expect, test } from "vitest";
import { translate } from "../../renderer/i18n/i18n";
import type { Translate } from "../../renderer/i18n/i18n";
import { describeError } from "../../renderer/ui/field-error";
import { dispatch } from "../../shared/ipc";
import type { WindowApi } from "../../shared/ipc";
import { encodeInputError } from "../../shared/app/texts/errors";
import { createJourApp } from "../../shared/app/api";

/** Bad input over IPC, as the window shows it: Jour's words in its language, NaN included. */

const sv: Translate = (key, vars) => translate("sv", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);
const LIBRARY = /Invalid|Expected|received/;

function api(): WindowApi {
  const app = createJourApp({
    clock: { now: () => Date.UTC(2025, 10, 24, 20, 40) },
    storage: { save: async () => undefined },
    notifier: { notify: () => undefined },
  });
  return {
    ...app,
    openExternal: async () => undefined,
    copyText: async () => undefined,
    ...fakeAbout(),
  };
}

/** The error as each host hands it to the window: the preview's InputError, Electron's wire. */
async function asWindowGets(
  call: (host: WindowApi) => Promise<unknown>,
  method: string,
  arg: unknown,
) {
  const host = api();
  const preview = await call(host).then(
    () => null,
    (error: unknown) => error,
  );
  const answer = await dispatch(host, method as never, arg);
  if (answer.ok) throw new Error("accepted");
  const electron = new Error(
    encodeInputError(answer.error, answer.code ?? "invalid", answer.params ?? {}),
  );
  return [preview, electron];
}

describe("an input error over IPC", () => {
  test.each([
    [
      "a NaN start",
      "addInterval",
      { incidentId: "i-1", start: NaN, end: Date.UTC(2025, 10, 24) },
      "Start: ange en tidpunkt",
      "Start: enter a point in time",
    ],
    [
      "a priority of 7",
      "createIncident",
      { priority: 7 },
      "Prioritet: välj ett av alternativen",
      "Priority: pick one of the choices",
    ],
  ])("%s is shown in the window's words", async (_, method, arg, svText, enText) => {
    const errors = await asWindowGets(
      (host) => (host[method as keyof WindowApi] as (a: unknown) => Promise<unknown>)(arg),
      method,
      arg,
    );
    for (const error of errors) {
      expect(String((error as Error).message)).not.toMatch(LIBRARY);
      expect(describeError(error, sv)).toBe(svText);
      expect(describeError(error, en)).toBe(enText);
    }
  });
});
