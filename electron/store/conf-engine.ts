import Conf from "conf";
import type { CreateStore } from "./engine";

/**
 * electron-store without Electron: `conf` is the engine electron-store extends, so the file
 * is written by the same code. For plain-Node callers such as the benchmark.
 */
export const createConfStore: CreateStore = ({ name, ...options }) =>
  new Conf<Record<string, unknown>>({ ...options, configName: name });
