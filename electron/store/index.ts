export { openJourStore } from "./db-store";
export type {
  BackupFinder,
  FoundBackup,
  JourStore,
  JourStoreOptions,
  OpenedStore,
} from "./db-store";
export { NewerFileError, StoreOpenError } from "./open-errors";
export { fileCopies } from "./copies";
