export { openDocumentStore } from "./document-store";
export type { DocumentStore, DocumentStoreOptions, OpenedDocument } from "./document-store";
export type { CreateStore, StoreEngine, StoreEngineOptions, VersionedDocument } from "./engine";
export { bundleValidatorId } from "./validation-memo";
export { fileCopies } from "./copies";
