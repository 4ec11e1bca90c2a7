import Conf from "conf";
import type { CreateStore } from "./engine";
import { writeThrough } from "./engine";

/**
 * electron-store without Electron: `conf` is the engine electron-store extends, so the file
 * is written by the same code (and, as there, through the verified writer). For plain-Node
 * callers such as the benchmark.
 */
export const createConfStore: CreateStore = ({ name, ...options }, writeFile) =>
  writeThrough(
    new Conf<Record<string, unknown>>({ ...options, configName: name }),
    options.serialize,
    writeFile,
  );
