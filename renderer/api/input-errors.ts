import type { WindowApi } from "../../shared/shell-api";
import { codedError, codedErrorOf } from "./coded-error";

/**
 * The preload's errors carry the core's code and params in their message (contextBridge
 * keeps nothing else): turned back into Errors that have them, so the window words them.
 */
export function withInputErrors(host: WindowApi): WindowApi {
  return new Proxy(host, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>)
          .apply(target, args)
          .catch((error: unknown) => {
            const coded = codedErrorOf(error);
            throw coded ? codedError(coded.field, coded.code, coded.problem, coded.params) : error;
          });
    },
  });
}
