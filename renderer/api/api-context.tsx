import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import type { ChangeEvents } from "../../shared/app/status/change-events";
import type { WindowApi } from "../../shared/shell-api";
import { nothingPreloaded } from "./preload";
import type { Preloaded } from "./preload";

interface ApiContextValue {
  /** The app core and the host's shell actions (openExternal, copyText). */
  api: WindowApi;
  /** Bumped after every change, so every view reloads what it shows. */
  version: number;
  changed(): void;
  preloaded: Preloaded;
  /** The host's clock: timers and countdowns tick by it between pushed changes. */
  now: () => number;
}

const ApiContext = createContext<ApiContextValue | null>(null);

const machineNow = () => Date.now();

export function ApiProvider(props: {
  api: WindowApi;
  preloaded?: Preloaded | undefined;
  /** Changes pushed by the host (push, not poll): every view loads again on one. */
  events?: ChangeEvents | undefined;
  now?: (() => number) | undefined;
  children: ReactNode;
}) {
  const { api, preloaded = nothingPreloaded, events, now = machineNow } = props;
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((n) => n + 1), []);
  useEffect(() => events?.subscribe(changed), [events, changed]);
  const value = useMemo(
    () => ({ api, version, changed, preloaded, now }),
    [api, version, changed, preloaded, now],
  );
  return <ApiContext.Provider value={value}>{props.children}</ApiContext.Provider>;
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error("useApi outside ApiProvider");
  return value;
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
}

/**
 * Loads `load(api)` and again after any change (or when `key` changes). A stale answer
 * never overwrites a newer one.
 */
export function useLoad<T>(load: (api: WindowApi) => Promise<T>, key: string): Loaded<T> {
  const { api, version, preloaded } = useApi();
  // It still loads below: a preloaded answer only spares the first render being empty.
  const [state, setState] = useState<Loaded<T>>(() => ({
    data: preloaded.take(key) as T | undefined,
    error: undefined,
  }));
  useEffect(() => {
    let current = true;
    load(api).then(
      (data) => current && setState({ data, error: undefined }),
      (error: unknown) => current && setState((old) => ({ data: old.data, error })),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when its meaning changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, version, key]);
  return state;
}

/**
 * Runs a change through the API, then tells every view; returns the error message (or
 * null) so a form can show it beside the field.
 */
export function useAction(): (action: (api: WindowApi) => Promise<unknown>) => Promise<unknown> {
  const { api, changed } = useApi();
  return useCallback(
    async (action) => {
      try {
        await action(api);
        return null;
      } catch (error) {
        return error;
      } finally {
        changed();
      }
    },
    [api, changed],
  );
}
