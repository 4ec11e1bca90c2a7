import ElectronStore from "electron-store";
import type { CreateStore } from "./engine";
import { writeThrough } from "./engine";

/**
 * The engine of the app: electron-store (no ajv schema: validation is the caller's `parse`),
 * writing through the store's verified writer rather than conf's `atomically`.
 */
export const createElectronStore: CreateStore = (options, writeFile) =>
  writeThrough(new ElectronStore<Record<string, unknown>>(options), options.serialize, writeFile);
