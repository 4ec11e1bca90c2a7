export { openDocumentStore } from "./document-store";
export type { DocumentStore, DocumentStoreOptions, OpenedDocument } from "./document-store";
export type { CreateStore, StoreEngine, StoreEngineOptions, VersionedDocument } from "./engine";
export { bundleValidatorId } from "./validation-memo";
export { NewerFileError, StoreOpenError } from "./open-errors";
export type { WriterFs } from "./atomic-file";
export { fileCopies } from "./copies";
