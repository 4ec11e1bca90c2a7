import type { CreateStore } from "../../../electron/store";
import { createElectronStore } from "../../../electron/store/electron-store-engine";

/** electron-store (over the fake electron) with a count of its file writes. */
export function countingElectronStore(options: { failNext?: () => boolean } = {}) {
  let writes = 0;
  const createStore: CreateStore = (engineOptions, writeFile) => {
    const engine = createElectronStore(engineOptions, writeFile);
    return {
      path: engine.path,
      get store() {
        return engine.store;
      },
      set store(value) {
        if (options.failNext?.()) throw new Error("ENOSPC: no space left on device");
        writes++;
        engine.store = value;
      },
    };
  };
  return { createStore, writes: () => writes };
}
