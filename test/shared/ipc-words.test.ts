// Every input schema of the IPC contract, walked field by field with values no schema takes:
// what is refused is refused in Jour's words, never the validation library's.
import { EventEmitter } from "node:events";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { dispatch, isShellMethod, jourContract, jourMethods, validateArg } from "../../shared/ipc";
import type { WindowApi } from "../../shared/ipc";
import { InputError } from "../../shared/app/texts/errors";
import { inJourWords } from "../../shared/app/texts/issue-words";
import { rig } from "./app/fakes";
import { createAboutActions } from "../../electron/about-actions";
import { createShellActions } from "../../electron/shell-actions";
import { createUpdater } from "../../electron/updates/updater";

/** valibot's own messages: "Invalid type: Expected number but received NaN". */
const LIBRARY = /Invalid|Expected|received/;

/** Electron's and electron-updater's own words, as failingHost's fakes say them. */
const HOST_LIBRARY = /Failed to open path|net::ERR_|HttpError/;

/**
 * The host's actions as main runs them (electron/shell-actions.ts, about-actions.ts,
 * updates/updater.ts) over an Electron and an electron-updater that fail in their own words.
 */
function failingHost() {
  const autoUpdater = Object.assign(new EventEmitter(), {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    autoRunAppAfterInstall: false,
    logger: null,
    checkForUpdates: () => Promise.reject(new Error("net::ERR_INTERNET_DISCONNECTED")),
    quitAndInstall: () => undefined,
  });
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const updater = createUpdater({
    autoUpdater,
    now: () => 0,
    setTimeout: () => null,
    setInterval: () => null,
    clear: () => undefined,
    onReady: () => undefined,
    log,
  });
  return {
    ...createShellActions({
      openLink: async () => false,
      clipboard: { writeText: () => undefined },
    }),
    ...createAboutActions({
      version: "0.0.0-test",
      logFolder: "/tmp/jour-logs",
      openPath: async () => "Failed to open path",
      makeDirectory: () => undefined,
      updater,
      reportError: () => undefined,
      log: () => undefined,
    }),
  };
}

const BAD: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  1e21,
  0.5,
  "x",
  "",
  true,
  null,
  {},
  [],
  [NaN],
];

type Path = (string | number)[];
type Node = {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  pipe?: Node[];
  item?: Node;
  items?: Node[];
  options?: unknown[];
  key?: Node;
  value?: Node;
  kind?: string;
};

/** Every path into the values a schema takes: its fields, list items, the options of a union. */
function pathsOf(schema: Node, path: Path = [], depth = 0): Path[] {
  if (depth > 8) return [path];
  const inner = (node: Node | undefined, at: Path) => (node ? pathsOf(node, at, depth + 1) : []);
  const here: Path[] = [path];
  if (schema.pipe) {
    return [
      ...here,
      ...schema.pipe.slice(1).flatMap((n) => (n.kind === "schema" ? inner(n, path).slice(1) : [])),
    ].concat(inner(schema.pipe[0], path).slice(1));
  }
  if (schema.wrapped) return [...here, ...inner(schema.wrapped, path).slice(1)];
  if (schema.entries) {
    return [
      ...here,
      ...Object.entries(schema.entries).flatMap(([key, node]) => inner(node, [...path, key])),
    ];
  }
  if (schema.item) return [...here, ...inner(schema.item, [...path, 0])];
  if (schema.items) return [...here, ...schema.items.flatMap((n, i) => inner(n, [...path, i]))];
  if (schema.value) return [...here, ...inner(schema.value, [...path, "k"])];
  if (schema.type === "union" || schema.type === "variant") {
    return [
      ...here,
      ...(schema.options as Node[]).flatMap((option) =>
        typeof option === "object" ? inner(option, path).slice(1) : [],
      ),
    ];
  }
  return here;
}

/** `value` at `path`, inside objects and lists made up on the way. */
function placed(path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === "number") return [placed(rest, value)];
  return { [head as string]: placed(rest, value) };
}

const unique = (paths: Path[]) => [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()];

describe("no library text reaches the window", () => {
  it("the walk reaches the fields (a sanity check of the walk itself)", () => {
    const paths = pathsOf(jourContract.addInterval.arg as unknown as Node).map((p) => p.join("."));
    expect(paths).toEqual(expect.arrayContaining(["incidentId", "start", "end"]));
    const settings = pathsOf(jourContract.updateSettings.arg as unknown as Node).map((p) =>
      p.join("."),
    );
    expect(settings).toEqual(expect.arrayContaining(["rules.timeZone", "customers.0.name"]));
  });

  it("a NaN time is refused as a time, the field named", async () => {
    const arg = { incidentId: "i-1", start: NaN, end: Date.UTC(2025, 10, 24) };
    expect(validateArg("addInterval", arg)).toMatchObject({
      ok: false,
      field: "start",
      error: "start: expected a time (epoch ms)",
      code: "instant",
    });
    const { app } = rig();
    await expect(app.addInterval(arg)).rejects.toThrow(/^start: expected a time \(epoch ms\)$/);
  });

  it.each(jourMethods)("%s: every field with NaN, Infinity and wrong types", async (method) => {
    const schema = jourContract[method].arg as unknown as Node;
    const paths = unique(pathsOf(schema));
    const { app } = rig();
    const api = app as unknown as WindowApi;
    let refused = 0;
    for (const path of paths) {
      for (const bad of BAD) {
        const arg = placed(path, bad);
        const where = `${method}(${JSON.stringify(arg)})`;
        // The contract's check at the boundary (the first issue, as the window gets it).
        const checked = validateArg(method, arg);
        if (!checked.ok) {
          refused++;
          expect(checked.error, where).not.toMatch(LIBRARY);
          expect(checked.error.startsWith(`${checked.field}: `), where).toBe(true);
        }
        // Every issue, not just the first: a field behind another's error is worded too.
        const all = v.safeParse(jourContract[method].arg, arg, inJourWords);
        for (const issue of all.issues ?? []) expect(issue.message, where).not.toMatch(LIBRARY);
        // The app core's own check (the in-page preview calls it directly); the host's
        // actions have none of their own: the contract's check above is theirs.
        if (!isShellMethod(method)) {
          try {
            const call = app[method as keyof typeof app] as (arg: unknown) => Promise<unknown>;
            await call.call(app, arg);
          } catch (error) {
            expect(error, where).toBeInstanceOf(InputError);
            expect((error as Error).message, where).not.toMatch(LIBRARY);
          }
        }
        // And through dispatch, as Electron's main process answers the window: the host's
        // actions too, whose Electron and electron-updater fail in their own words.
        const answered = await dispatch({ ...api, ...failingHost() }, method, arg);
        if (!answered.ok) expect(answered.error, where).not.toMatch(LIBRARY);
        if (!answered.ok) expect(answered.error, where).not.toMatch(HOST_LIBRARY);
      }
    }
    // Methods without an argument take none: anything but undefined is refused.
    expect(refused).toBeGreaterThan(0);
  });
});

describe("no host library text reaches the window", () => {
  it("a host action that fails answers in Jour's words: the log folder, the update", async () => {
    const host = failingHost();
    const { app } = rig();
    const api = { ...(app as unknown as WindowApi), ...host };
    const opened = await dispatch(api, "openLogFolder", undefined);
    expect(opened).toEqual({
      ok: false,
      field: "logFolder",
      error: "logFolder: could not be opened in the file manager",
      code: "folderNotOpened",
      params: {},
    });
    const checked = await dispatch(api, "checkForUpdates", undefined);
    expect(checked).toEqual({
      ok: true,
      value: { state: "failed", reason: "offline", checkedAt: 0 },
    });
    expect(JSON.stringify([opened, checked])).not.toMatch(HOST_LIBRARY);
    const link = await dispatch(api, "openExternal", { url: "https://jour.example/" });
    expect(link).toMatchObject({ ok: false, field: "url" });
    expect(JSON.stringify(link)).not.toMatch(LIBRARY);
  });
});
