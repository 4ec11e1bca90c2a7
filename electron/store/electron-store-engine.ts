import ElectronStore from "electron-store";
import type { CreateStore } from "./engine";

/** The engine of the app: electron-store (no ajv schema: validation is the caller's `parse`). */
export const createElectronStore: CreateStore = (options) =>
  new ElectronStore<Record<string, unknown>>(options);
