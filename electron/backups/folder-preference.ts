/** Where the second backup folder is remembered (a preference of this machine, not data). */
export interface FolderPreference {
  get(): string | null;
  set(folder: string | null): void;
}
